using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Consultations;

/// <summary>Every expected failure of consultations, in Vietnamese.</summary>
public static class ConsultationErrors
{
    public static readonly AppError NotFound = AppError.NotFound("yêu cầu lấy ý kiến");
    public static readonly AppError BodyRequired = new("consultation.body", "Nhập cơ quan, đơn vị được lấy ý kiến (hoặc chọn một đơn vị của tỉnh).", "Body");
    public static readonly AppError QuestionRequired = new("consultation.question", "Nhập nội dung xin ý kiến.", "Question");
    public static readonly AppError TooLong = new("consultation.too_long",
        $"Tên cơ quan tối đa {Consultation.BodyMax} ký tự, nội dung tối đa {Consultation.TextMax} ký tự, số văn bản tối đa {Consultation.NumberMax} ký tự.", null);
    public static readonly AppError Days = new("consultation.days", $"Thời hạn trả lời từ 1 đến {Consultation.MaxWorkingDays} ngày làm việc.", "WorkingDays");
    public static readonly AppError SentInFuture = new("consultation.sent_on", "Ngày gửi văn bản xin ý kiến không được sau hôm nay.", "SentOn");
    public static readonly AppError NomineeNotInDossier = new("consultation.nominee", "Người, tập thể được hỏi ý kiến không có trong hồ sơ này.", "NomineeId");
    public static readonly AppError UnitNotFound = AppError.NotFound("đơn vị được lấy ý kiến");
    public static readonly AppError DossierNotOpen = new("consultation.dossier", "Chỉ lấy ý kiến về hồ sơ đang được xét hoặc đã được tiếp nhận.", null, ErrorKind.Conflict);
    public static readonly AppError OpinionRequired = new("consultation.opinion", "Chọn ý kiến trả lời: nhất trí, không nhất trí hoặc có ý kiến khác.", "Opinion");
    public static readonly AppError AnswerRequired = new("consultation.answer", "Ý kiến không nhất trí hoặc ý kiến khác phải ghi rõ nội dung.", "Answer");
    public static readonly AppError AlreadyAnswered = new("consultation.answered", "Yêu cầu này đã có trả lời.", null, ErrorKind.Conflict);
    public static readonly AppError ReplyClosed = new("consultation.reply_closed",
        "Hồ sơ này không còn ở bước xét (đã bị trả lại hoặc rút) nên không gửi ý kiến trả lời được; liên hệ cơ quan đã hỏi nếu cần.", null, ErrorKind.Conflict);

    public static readonly AppError NotWaiting = new("consultation.not_waiting", "Yêu cầu này không còn chờ trả lời.", null, ErrorKind.Conflict);

    public static AppError AnswerDate(DateOnly sentOn) =>
        new("consultation.answered_on", $"Ngày trả lời phải từ ngày gửi ({VnTime.Date(sentOn)}) đến hôm nay.", "AnsweredOn");

    public static AppError NotYetDue(DateOnly dueOn) =>
        new("consultation.not_due", $"Chưa hết thời hạn trả lời (hạn ngày {VnTime.Date(dueOn)}) nên chưa ghi nhận “không trả lời” được.", null, ErrorKind.Conflict);

    public static AppError StillWaiting(string name, string body, DateOnly dueOn, int more) => new("consultation.gate_waiting",
        $"Chưa biểu quyết được {name}: hồ sơ đang chờ ý kiến của {body} (hạn trả lời ngày {VnTime.Date(dueOn)})"
        + (more > 0 ? $" và {more} cơ quan khác" : "") + ". Ghi nhận ý kiến trả lời, hoặc việc không trả lời khi đã hết hạn, rồi mở biểu quyết.", null, ErrorKind.Conflict);
}
