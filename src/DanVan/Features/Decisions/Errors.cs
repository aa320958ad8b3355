using DanVan.Infrastructure.Web;

namespace DanVan.Features.Decisions;

public static class DecisionErrors
{
    public static readonly AppError NotDraft = new("decision.not_draft", "Quyết định đã ban hành: không sửa được danh sách khen thưởng.", null, ErrorKind.Conflict);

    public static AppError AlreadyIssued(string? number) =>
        new("decision.issued", $"Quyết định đã được ban hành{(number is null ? "" : $" (số {number})")}; không ban hành lại.", null, ErrorKind.Conflict);

    public static readonly AppError AwardeeNotFound = AppError.NotFound("người, tập thể trong quyết định");

    public static AppError AlreadyRemoved(string name) => new("decision.removed", $"“{name}” đã được đưa ra khỏi danh sách.", null, ErrorKind.Conflict);

    public static readonly AppError NoAwardees = new("decision.no_awardees", "Quyết định chưa có người, tập thể nào được khen thưởng.", null, ErrorKind.Conflict);

    public static readonly AppError ReasonRequired = new("decision.reason", "Vui lòng nêu lý do đưa ra khỏi danh sách.", "Reason");

    public static AppError NobodyApproved(string authority) => new("decision.nobody", $"Đợt xét chưa có người, tập thể nào được chấp thuận (Hội đồng biểu quyết đạt, "
        + $"hoặc hồ sơ đã tiếp nhận của danh hiệu không cần biểu quyết) thuộc thẩm quyền {authority} mà chưa có trong quyết định khác.", "RoundId", ErrorKind.Conflict);

    public static readonly AppError RoundNotFound = AppError.NotFound("đợt xét khen thưởng");

    public static readonly AppError DateInFuture = new("decision.date", "Ngày ký quyết định không được sau ngày hôm nay.", "Date");

    public static readonly AppError DateBeforeRound = new("decision.date_year", "Ngày quyết định không được trước năm của đợt xét.", "Date");

    public static readonly AppError SignedRequired = new("decision.signed", "Vui lòng tải lên bản quyết định đã ký số (PDF).", "file");

    public static AppError NotPdf(string name) => new("decision.signed_not_pdf",
        $"Tệp “{name}” không phải là PDF (kiểm tra theo nội dung tệp: phải bắt đầu bằng %PDF-).", "file");

    public static AppError NotSigned(string name) => new("decision.signed_no_signature",
        $"Tệp “{name}” là PDF nhưng không có chữ ký số (không thấy từ điển chữ ký /Sig với /ByteRange và /Contents). Hãy ký số bằng công cụ của cơ quan rồi tải lên lại.",
        "file");

    public static AppError NumberUsed(string number) => new("decision.number_used",
        $"Số {number} đã được dùng cho một văn bản khác trong sổ văn bản năm này; hãy chọn số khác. Chưa có gì được lưu.", "Number", ErrorKind.Conflict);

    public static readonly AppError BadNumber = new("decision.number", "Số quyết định phải là số nguyên dương.", "Number");
}
