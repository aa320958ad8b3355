using DanVan.Infrastructure.Web;

namespace DanVan.Features.Calendar;

/// <summary>The calendar's expected refusals, in Vietnamese.</summary>
public static class CalendarErrors
{
    public static readonly AppError Forbidden = new("calendar.forbidden", "Chỉ quản trị của tỉnh được sửa lịch ngày làm việc.", null, ErrorKind.Forbidden);
    public static readonly AppError NameRequired = new("calendar.name", "Vui lòng nhập tên ngày (ví dụ “Tết Nguyên đán”, “Làm bù cho thứ Hai 29/4”).", "Name");
    public static readonly AppError CitationRequired = new("calendar.citation",
        "Vui lòng ghi căn cứ (thông báo của Thủ tướng Chính phủ, Bộ Nội vụ hoặc UBND tỉnh: số, ngày) hoặc lý do thay đổi.", "Citation");
    public static readonly AppError ReasonRequired = new("calendar.reason", "Vui lòng ghi lý do xóa và căn cứ.", "Reason");
    public static readonly AppError WorkingDayOnWeekday = new("calendar.working_weekday", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.", "Date");
    public static readonly AppError DayOffOnWeekend = new("calendar.dayoff_weekend",
        "Ngày nghỉ bù, nghỉ hoán đổi phải là ngày thường (thứ Hai đến thứ Sáu); thứ Bảy, Chủ nhật đã là ngày nghỉ.", "Date");
    public static readonly AppError AlreadyConfirmed = new("calendar.confirmed", "Lịch năm này đã được xác nhận.", null, ErrorKind.Conflict);
    public static readonly AppError BadDays = new("calendar.days", "Số ngày làm việc phải từ 0 đến " + MaxDays + ".", "days");
    public static readonly AppError Concurrent = new("calendar.concurrent", "Lịch vừa được người khác sửa; hãy tải lại trang và thử lại.", null, ErrorKind.Conflict);
    public static readonly AppError EndBeforeStart = new("calendar.range", "Ngày kết thúc không được trước ngày bắt đầu.", "to");

    /// <summary>The largest N the "add N working days" question accepts (about four years).</summary>
    public const int MaxDays = 1000;

    public static AppError BadYear(string field = "Year") => new("calendar.year", $"Năm phải từ {WorkingDayCalendar.MinYear} đến {WorkingDayCalendar.MaxYear}.", field);

    public static AppError NoYear(int year) => new("calendar.no_year",
        $"Chưa có lịch năm {year}. Hãy tạo đề xuất từ âm lịch rồi đối chiếu thông báo chính thức.", "Year", ErrorKind.NotFound);

    public static AppError YearExists(int year) => new("calendar.year_exists", $"Lịch năm {year} đã có; hãy sửa từng ngày.", "Year", ErrorKind.Conflict);

    public static AppError OutsideYear(int year) => new("calendar.outside_year", $"Ngày phải thuộc năm {year}.", "Date");

    public static AppError Duplicate(DateOnly date, string name) => new("calendar.duplicate",
        $"Ngày {date:dd/MM/yyyy} đã có trong lịch (“{name}”); hãy xóa mục đó trước khi ghi lại.", "Date", ErrorKind.Conflict);

    public static readonly AppError EntryNotFound = AppError.NotFound("ngày này trong lịch");
}
