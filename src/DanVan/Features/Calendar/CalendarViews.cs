using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Calendar;

/// <summary>Whether a year's calendar can be relied on: confirmed by the province, present but not confirmed, or absent.</summary>
public enum CalendarYearState
{
    Confirmed,
    Unconfirmed,
    Missing,
}

public sealed record CalendarEntryDto(Guid Id, DateOnly Date, string Weekday, CalendarEntryKind Kind, string KindLabel, string Name, string Citation,
    bool NeedsCheck, CalendarEntryOrigin Origin);

public sealed record CalendarEventDto(DateTime At, string UserName, CalendarAction Action, string ActionLabel, DateOnly? Date, string? Name, string? Note);

/// <summary>
/// A year of the caller's province: its state and what it means (<see cref="Message"/>), who confirmed it on what basis, its
/// entries by date and its history, newest first. A missing year answers 200 with state <c>Missing</c>: "cannot tell" is a state.
/// </summary>
public sealed record CalendarYearDto(int Year, CalendarYearState State, string Message, string? Note, DateTime? ConfirmedAt, string? ConfirmedByName,
    string? ConfirmCitation, IReadOnlyList<CalendarEntryDto> Entries, IReadOnlyList<CalendarEventDto> History);

/// <summary>An entry to add to a year: its date (in that year), kind, name and the citation it rests on.</summary>
public sealed class CalendarEntryInput
{
    [Required(ErrorMessage = "Vui lòng nhập ngày.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn loại ngày (ngày lễ, ngày nghỉ bù/hoán đổi, ngày làm bù).")]
    public CalendarEntryKind? Kind { get; set; }

    [StringLength(CalendarEntry.NameMax, ErrorMessage = "Tên ngày không được dài quá {1} ký tự.")]
    public string? Name { get; set; }

    [StringLength(CalendarEntry.CitationMax, ErrorMessage = "Căn cứ không được dài quá {1} ký tự.")]
    public string? Citation { get; set; }
}

/// <summary>The announcement(s) a year was checked against.</summary>
public sealed class ConfirmCalendarInput
{
    [StringLength(CalendarEntry.CitationMax, ErrorMessage = "Căn cứ không được dài quá {1} ký tự.")]
    public string? Citation { get; set; }
}

public static class CalendarLabels
{
    public static string Kind(CalendarEntryKind kind) => kind switch
    {
        CalendarEntryKind.Holiday => "Ngày lễ, Tết",
        CalendarEntryKind.DayOff => "Nghỉ bù, nghỉ hoán đổi",
        CalendarEntryKind.WorkingDay => "Làm bù",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Action(CalendarAction action) => action switch
    {
        CalendarAction.Seeded => "Khởi tạo từ dữ liệu mặc định",
        CalendarAction.Proposed => "Đề xuất từ âm lịch",
        CalendarAction.Added => "Thêm ngày",
        CalendarAction.Removed => "Xóa ngày",
        CalendarAction.Confirmed => "Xác nhận lịch năm",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static string State(CalendarYearState state, int year) => state switch
    {
        CalendarYearState.Confirmed => $"Lịch năm {year} đã được xác nhận.",
        CalendarYearState.Unconfirmed => $"Lịch năm {year} chưa được xác nhận: hạn tính theo lịch này là tạm tính cho đến khi quản trị đối chiếu thông báo chính thức và xác nhận.",
        CalendarYearState.Missing => $"Chưa có lịch năm {year}: hạn chỉ tính theo thứ Bảy, Chủ nhật và các ngày lễ dương lịch cố định (1/1, 30/4, 1/5, 2/9), là kết quả tạm tính.",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
