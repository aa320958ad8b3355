using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

/// <summary>Every expected failure of the award catalogue, in Vietnamese.</summary>
public static class AwardErrors
{
    public static readonly AppError BadCode = new("award.code",
        $"Mã danh hiệu, hình thức phải có 1–{AwardKind.CodeMax} ký tự, chỉ gồm chữ thường không dấu a–z, chữ số và dấu “-” (ví dụ chien-si-thi-dua-co-so).", "Code");
    public static readonly AppError SubjectRequired = new("award.subject", "Vui lòng chọn ít nhất một đối tượng: cá nhân, tập thể hoặc hộ gia đình.", "Subjects");
    public static readonly AppError CitationRequired = new("award.citation",
        "Vui lòng ghi căn cứ pháp lý của phiên bản (văn bản, điều khoản; ví dụ “Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15”).", "Citation");
    public static readonly AppError AuthorityRequired = new("award.authority", "Vui lòng chọn ít nhất một cấp có thẩm quyền quyết định.", "Authorities");
    public static readonly AppError Multiple = new("award.multiple",
        $"Hệ số tiền thưởng phải từ 0 đến {AwardTerms.MaxMultiple} lần mức lương cơ sở, tối đa hai chữ số thập phân (để trống nếu không kèm tiền thưởng).", "PrizeMultiple");
    public static readonly AppError Quota = new("award.quota", "Tỷ lệ tối đa phải lớn hơn 0 và không quá 100%.", "QuotaPercent");
    public static readonly AppError VoteThreshold = new("award.vote", "Tỷ lệ phiếu đồng ý phải từ 50% đến 100% (để trống nếu không bắt buộc bỏ phiếu).",
        "VoteThresholdPercent");
    public static readonly AppError NoticeDays = new("award.notice", $"Số ngày làm việc công khai phải từ 1 đến {AwardTerms.MaxNoticeDays} (để trống nếu không bắt buộc).",
        "NoticeWorkingDays");
    public static readonly AppError TooManyRules = new("award.rules", $"Mỗi phiên bản có tối đa {AwardTerms.MaxRules} tiêu chuẩn.", "Rules");
    public static readonly AppError KindNotFound = AppError.NotFound("danh hiệu, hình thức khen thưởng");
    public static readonly AppError DocumentNotFound = new("award.document", "Không tìm thấy văn bản căn cứ đã chọn trong sổ văn bản.", "CitationDocumentId");
    public static readonly AppError BaseSalaryDateTaken = new("base_salary.date_taken",
        "Đã có mức lương cơ sở áp dụng từ ngày này; mỗi ngày áp dụng chỉ có một mức.", "EffectiveFrom", ErrorKind.Conflict);

    public static AppError CodeTaken(string code) => new("award.code_taken", $"Mã “{code}” đã có trong danh mục.", "Code", ErrorKind.Conflict);

    public static AppError SameDate(DateOnly day) => new("award.same_date",
        $"Đã có phiên bản áp dụng từ ngày {VnTime.Date(day)}; phiên bản mới phải có ngày áp dụng khác (phiên bản cũ được giữ nguyên cho các hồ sơ đã xét).",
        "EffectiveFrom", ErrorKind.Conflict);

    public static AppError Factor(string field, string whom) => new("award.factor",
        $"Hệ số cho {whom} chỉ dùng khi hình thức dành cho cả cá nhân và {whom}, và phải từ 1 đến {AwardTerms.MaxFactor} lần mức thưởng của cá nhân.", field);

    public static AppError QuotaBase(string code) => new("award.quota_base",
        $"Tỷ lệ tối đa tính theo số đạt “{code}”: không có mã này trong danh mục, hoặc chưa nhập tỷ lệ.", "QuotaBaseCode");

    public static AppError WrongSubject(AwardKind kind, AwardSubject subject) => new("award.wrong_subject",
        $"“{kind.Name}” không dành cho {subject.Label().ToLowerInvariant()}.", "Subject");

    public static AppError NoPrize(AwardKind kind) => new("award.no_prize", $"“{kind.Name}” không kèm tiền thưởng theo phiên bản đang áp dụng.", "AwardKindId");

    public static AppError NoFactor(AwardKind kind, AwardSubject subject) => new("award.no_factor",
        $"Phiên bản đang áp dụng của “{kind.Name}” chưa có hệ số tiền thưởng cho {subject.Label().ToLowerInvariant()}.", "Subject");

    public static AppError NoBaseSalary(DateOnly day) => new("award.no_base_salary",
        $"Chưa có mức lương cơ sở áp dụng vào ngày {VnTime.Date(day)}: quản trị viên cần nhập bảng mức lương cơ sở.", "Date");

    public static AppError Withdrawn(AwardKind kind, DateOnly from) => new("award.withdrawn",
        $"“{kind.Name}” không còn được xét tặng từ ngày {VnTime.Date(from)} (theo danh mục của tỉnh).", "AwardKindId", ErrorKind.Conflict);

    public static AppError NotInForce(AwardKind kind, DateOnly day) => new("award.not_in_force",
        $"“{kind.Name}” chưa có phiên bản áp dụng vào ngày {VnTime.Date(day)}.", "Date");
}
