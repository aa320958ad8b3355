using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>Every expected failure of the Nominations feature, in Vietnamese.</summary>
public static class NominationErrors
{
    public static readonly AppError RoundNotFound = AppError.NotFound("đợt xét khen thưởng");
    public static readonly AppError DossierNotFound = AppError.NotFound("hồ sơ đề nghị khen thưởng");
    public static readonly AppError NomineeNotFound = AppError.NotFound("người, tập thể được đề nghị trong hồ sơ");
    public static readonly AppError AttachmentNotFound = AppError.NotFound("tệp đính kèm");
    public static readonly AppError SubjectNotFound = AppError.NotFound("cá nhân, tập thể được đề nghị");
    public static readonly AppError Year = new("nomination.year", "Năm xét phải từ 2000 đến 2100.", "Year");
    public static readonly AppError DueBeforeOpening = new("nomination.unit_due", "Hạn đơn vị gửi hồ sơ không được trước ngày mở đợt.", "UnitDue");
    public static readonly AppError SuperiorBeforeUnit = new("nomination.superior_due", "Hạn cấp trên gửi Sở Nội vụ không được trước hạn đơn vị gửi hồ sơ.", "SuperiorDue");
    public static readonly AppError DeadlineShape = new("nomination.deadline",
        $"Mỗi hạn là một ngày cụ thể hoặc một số ngày làm việc (1–{NominationRound.MaxWorkingDays}) kể từ ngày mở đợt, không cả hai.", "UnitDue");
    public static readonly AppError NoOffers = new("nomination.offers", "Chọn ít nhất một danh hiệu, hình thức khen thưởng được xét trong đợt.", "Offers");
    public static readonly AppError OfferTwice = new("nomination.offer_twice", "Một danh hiệu, hình thức khen thưởng chỉ chọn một lần trong đợt.", "Offers");
    public static readonly AppError UnknownAward = new("nomination.award", "Danh hiệu, hình thức khen thưởng không có trong danh mục của tỉnh.", "AwardKindId");
    public static readonly AppError RoundClosed = new("nomination.closed", "Đợt xét đã kết thúc nên không nhận, sửa hay chuyển hồ sơ nữa.", null, ErrorKind.Conflict);
    public static readonly AppError DossierExists = new("nomination.dossier_exists", "Đơn vị đã có hồ sơ trong đợt xét này.", "UnitId", ErrorKind.Conflict);
    public static readonly AppError NotEditable = new("nomination.not_editable",
        "Hồ sơ đã gửi nên đơn vị không sửa được; chỉ sửa khi đang soạn hoặc bị trả lại.", null, ErrorKind.Conflict);
    public static readonly AppError NotSubmitted = new("nomination.not_submitted", "Chỉ tiếp nhận hoặc trả lại hồ sơ đang chờ xử lý.", null, ErrorKind.Conflict);
    public static readonly AppError NotHeldHere = new("nomination.not_here",
        "Hồ sơ không còn ở cấp của bạn (đã được chuyển lên, trả lại hoặc rút) nên không xử lý được nữa.", null, ErrorKind.Conflict);
    public static readonly AppError ReturnReasonRequired = new("nomination.return_reason",
        "Trả lại hồ sơ phải nêu ít nhất một nội dung cần sửa, mỗi nội dung có lý do.", "Items");
    public static readonly AppError ReturnRequirement = new("nomination.return_requirement",
        "Mỗi nội dung trả lại chọn đúng một yêu cầu: một tiêu chuẩn (quy tắc), một thành phần hồ sơ, hoặc “khác”.", "Items");
    public static readonly AppError CannotWithdraw = new("nomination.withdraw", "Hồ sơ đã được Sở Nội vụ tiếp nhận hoặc đã rút nên không rút được nữa.", null,
        ErrorKind.Conflict);
    public static readonly AppError NoNominees = new("nomination.empty", "Hồ sơ chưa có cá nhân, tập thể nào được đề nghị.", "Nominees");
    public static readonly AppError SubjectRequired = new("nomination.subject", "Chọn một cá nhân hoặc một tập thể (không cả hai) để đề nghị.", "PersonId");
    public static readonly AppError BadYear = new("nomination.nominee_year", "Năm thành tích phải từ 2000 và không sau năm của đợt xét.", "Year");
    public static readonly AppError TooManyAttachments = new("nomination.attachments", $"Hồ sơ có tối đa {DossierAttachment.MaxPerDossier} tệp đính kèm.", "file");
    public static readonly AppError NotALevel = new("nomination.not_level", "Bạn không phải là cấp xét hồ sơ này.", null, ErrorKind.Forbidden);
    public static readonly AppError BulkEmpty = new("nomination.bulk", "Chọn ít nhất một hồ sơ để tiếp nhận.", "DossierIds");

    public static readonly AppError OutsideUnit = new("nomination.outside",
        "Chỉ đề nghị cá nhân, tập thể thuộc đơn vị đề nghị (và các đơn vị trực thuộc).", "PersonId", ErrorKind.Forbidden);

    public static AppError NotOffered(string award) => new("nomination.not_offered", $"“{award}” không được xét trong đợt này.", "AwardKindId");

    public static AppError Inactive(string award) =>
        new("nomination.inactive", $"“{award}” không còn được áp dụng (hoặc chưa có phiên bản có hiệu lực) vào ngày đề nghị.", "AwardKindId");

    public static AppError SubjectNotAccepted(string award, string subject) =>
        new("nomination.subject_kind", $"“{award}” không xét cho đối tượng {subject}.", "AwardKindId");

    public static AppError DuplicateInRound(string name) =>
        new("nomination.duplicate_in_round", $"{name} đã được đề nghị danh hiệu, hình thức này trong đợt xét này (ở một hồ sơ chưa rút).", "PersonId",
            ErrorKind.Conflict);

    public static readonly AppError NomineeTakenMeanwhile = new("nomination.duplicate_race",
        "Đối tượng này vừa được đề nghị danh hiệu, hình thức này trong đợt xét ở một hồ sơ khác; vui lòng tải lại để xem.", "PersonId", ErrorKind.Conflict);

    public static AppError DuplicateNominee(string name) =>
        new("nomination.duplicate", $"{name} đã được đề nghị danh hiệu, hình thức này cho cùng năm thành tích.", "PersonId", ErrorKind.Conflict);

    public static AppError PastDue(DateOnly due) =>
        new("nomination.past_due", $"Đã quá hạn gửi hồ sơ của cấp này (hạn cuối {VnTime.Date(due)}).", null, ErrorKind.Conflict);

    public static AppError Incomplete(IReadOnlyList<MissingDocument> missing) => new("nomination.incomplete",
        "Hồ sơ chưa đủ thành phần: " + string.Join("; ", missing.Select(m => $"{m.Nominee} — thiếu {m.Label}")) + ".", "Attachments");
}
