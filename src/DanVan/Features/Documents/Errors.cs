using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Documents;

/// <summary>Every expected failure of the Documents feature, in Vietnamese.</summary>
public static class DocumentErrors
{
    public static readonly AppError IssuerRequired = new("document.issuer", "Vui lòng chọn đơn vị ban hành hoặc nhập tên cơ quan ban hành.", "IssuerName");
    public static readonly AppError IssuerNotFound = new("document.issuer_unit", "Không tìm thấy đơn vị ban hành đã chọn.", "IssuerUnitId");
    public static readonly AppError NoOwnerUnit = new("document.owner", "Bạn chưa được giao quản lý văn bản ở đơn vị nào.", "OwnerUnitId");
    public static readonly AppError EffectiveBeforeIssue = new("document.effective", "Ngày hiệu lực không được trước ngày ban hành.", "EffectiveFrom");
    public static readonly AppError ExpiryBeforeEffective = new("document.expiry", "Ngày hết hiệu lực phải sau ngày có hiệu lực.", "ExpiresOn");
    public static readonly AppError DateOutOfRange = new("document.date_range", "Ngày phải trong khoảng từ năm 1945 đến năm 2100.", "IssueDate");
    public static readonly AppError SelfRelation = new("document.self_relation", "Văn bản không thể liên kết với chính nó.", "Relations");
    public static readonly AppError RelationTargetNotFound = new("document.relation_target", "Không tìm thấy văn bản liên quan đã chọn.", "Relations");
    public static readonly AppError TooManyLinks = new("document.too_many_links", "Một văn bản có tối đa 100 văn bản căn cứ/liên quan.", "Citations");
    public static readonly AppError TextRequired = new("document.text_required", "Vui lòng dán nội dung văn bản.", "Text");

    public static AppError BadNumber(string number, string field = "Number") =>
        new("document.number", $"Số, ký hiệu “{number}” không đúng mẫu (ví dụ 70/KH-UBND, 91/2017/NĐ-CP, 114-KL/TW).", field);

    public static AppError TypeMismatch(DocumentNumber number, DocumentType chosen) =>
        new("document.type_mismatch",
            $"Loại văn bản “{DocumentTypes.Label(chosen)}” không khớp với số, ký hiệu {number.Canonical}: số này là của "
            + string.Join(" hoặc ", number.AllowedTypes.Select(t => "“" + DocumentTypes.Label(t) + "”")) + ".", "Type");

    public static AppError YearMismatch(string number, int numberYear, int issueYear) =>
        new("document.year_mismatch",
            $"Ngày ban hành (năm {issueYear}) không khớp với năm {numberYear} trong số, ký hiệu {number}: văn bản quy phạm pháp luật mang năm ban hành trong số.",
            "IssueDate");

    public static AppError IssuedInFuture(DateOnly today) =>
        new("document.issued_in_future", $"Ngày ban hành không được sau ngày hôm nay ({VnTime.Date(today)}).", "IssueDate");

    public static AppError Duplicate(string number, string issuer, int? year) =>
        new("document.duplicate", $"Văn bản số {number} của {issuer}{(year is { } y ? $" năm {y}" : "")} đã có trong sổ văn bản.", "Number", ErrorKind.Conflict);

    public static AppError NotADocument(string detail) => new("document.extract", detail, "Text");

    public static AppError ReplacesOthersDocument(string number, string unit) =>
        new("document.relation_forbidden",
            $"Không thể ghi văn bản số {number} là đã bị thay thế: văn bản này do {unit} quản lý và bạn không có quyền quản lý văn bản của đơn vị đó.",
            "Relations", ErrorKind.Forbidden);

    public static AppError StubOfAnotherUnit(string number, string unit) =>
        new("document.stub_forbidden",
            $"Văn bản số {number} đã được {unit} ghi nhận (bản ghi tạm từ trích dẫn); chỉ người quản lý văn bản của đơn vị đó hoặc đơn vị cấp trên mới được nhập đầy đủ văn bản này.",
            "Number", ErrorKind.Forbidden);
}
