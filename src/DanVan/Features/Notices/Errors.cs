using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Notices;

/// <summary>Every expected failure of the Notices feature, in Vietnamese.</summary>
public static class NoticeErrors
{
    public static readonly AppError NoticeNotFound = AppError.NotFound("thông báo công khai");
    public static readonly AppError CommentNotFound = AppError.NotFound("ý kiến góp ý");
    public static readonly AppError ReceiptNotFound = AppError.NotFound("ý kiến có mã biên nhận này");
    public static readonly AppError UnitNotFound = AppError.NotFound("đơn vị");
    public static readonly AppError RoundNotFound = AppError.NotFound("đợt xét khen thưởng");
    public static readonly AppError NoEntries = new("notice.empty",
        "Không có người, tập thể nào để công khai: hãy chọn đợt xét có hồ sơ đã được tiếp nhận, hoặc chọn người, tập thể cụ thể.", "NomineeIds");
    public static readonly AppError TooManyEntries = new("notice.entries", $"Một thông báo công khai có tối đa {PublicNotice.MaxEntries} người, tập thể.", "NomineeIds");
    public static readonly AppError NotAccepted = new("notice.not_accepted",
        "Chỉ công khai người, tập thể thuộc hồ sơ đã được Sở Nội vụ tiếp nhận (của đợt xét đã chọn).", "NomineeIds");
    public static readonly AppError StartRequired = AppError.Required("StartsOn", "ngày bắt đầu công khai");
    public static readonly AppError StartPassed = new("notice.start_passed",
        "Ngày bắt đầu công khai đã qua; hãy lập thông báo mới bắt đầu từ hôm nay trở đi để người dân có đủ thời gian góp ý.", "StartsOn");
    public static readonly AppError StartTooFar = new("notice.start_far", "Ngày bắt đầu công khai không được quá một năm kể từ hôm nay.", "StartsOn");
    public static readonly AppError AlreadyPublished = new("notice.published", "Thông báo này đã được công bố trước đó; không công bố lại.", null, ErrorKind.Conflict);
    public static readonly AppError ReasonRequired = new("notice.reason", "Vui lòng nêu lý do của kết quả xử lý.", "Reason");
    public static readonly AppError ResultRequired = new("notice.result", "Ý kiến đã xác minh cần ghi kết quả xác minh.", "Result");
    public static readonly AppError DispositionRequired = AppError.Required("Disposition", "kết quả xử lý (không liên quan, trùng, đã xác minh)");
    public static readonly AppError NameRequired = AppError.Required("Name", "họ và tên");
    public static readonly AppError ContactRequired = AppError.Required("Contact", "số điện thoại hoặc thư điện tử để liên hệ");
    public static readonly AppError ContactInvalid = new("notice.contact",
        "Thông tin liên hệ phải là số điện thoại (8–15 chữ số) hoặc địa chỉ thư điện tử hợp lệ.", "Contact");
    public static readonly AppError ContentRequired = AppError.Required("Content", "nội dung góp ý");
    public static readonly AppError UnknownEntry = new("notice.entry",
        "Người, tập thể được góp ý không có trong danh sách của thông báo này.", "EntryId");
    public static readonly AppError Refused = new("notice.refused", "Không gửi được ý kiến. Vui lòng tải lại trang và thử lại.");

    public static AppError Markup(string field, string label) => new("notice.markup",
        $"{label} chỉ nhận văn bản thuần: không dùng thẻ HTML, mã định dạng hay ký tự điều khiển (ví dụ <b>, &lt;, [url]).", field);

    public static AppError NotStarted(DateOnly startsOn) => new("notice.not_started",
        $"Thông báo chưa bắt đầu lấy ý kiến; thời gian nhận ý kiến từ ngày {VnTime.Date(startsOn)}.", null, ErrorKind.Conflict);

    public static AppError Ended(DateOnly endsOn) => new("notice.ended",
        $"Đã hết thời gian nhận ý kiến (đến hết ngày {VnTime.Date(endsOn)}); ý kiến không được ghi nhận.", null, ErrorKind.Conflict);

    public static AppError NoticeRunning(string name, DateOnly endsOn) => new("notice.gate_running",
        $"Chưa biểu quyết được {name}: danh sách đang được công khai lấy ý kiến đến hết ngày {VnTime.Date(endsOn)}.", null, ErrorKind.Conflict);

    public static AppError CommentsWaiting(string name, int count) => new("notice.gate_comments",
        $"Chưa biểu quyết được {name}: còn {count} ý kiến góp ý của người dân chưa có kết quả xử lý.", null, ErrorKind.Conflict);
}
