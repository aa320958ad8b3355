namespace DanVan.Features.Calendar;

/// <summary>A year as the system seeds it: its entries, whether it starts confirmed, and a note on where it comes from.</summary>
public sealed record SeedYear(int Year, bool Confirmed, string Note, IReadOnlyList<EntrySpec> Entries);

/// <summary>
/// The years every province starts with (ADR 0020): 2024 and 2025 from the government's announcements (confirmed),
/// 2026 from its announcements where known (not confirmed: Quốc khánh's second day is to check), 2027 as the lunar
/// proposal (not confirmed). An entry the author could not verify carries <see cref="EntrySpec.NeedsCheck"/> ("cần kiểm tra").
/// The province's administrator checks, corrects with a citation, and confirms.
/// </summary>
public static class CalendarSeed
{
    public static readonly int[] Years = [2024, 2025, 2026, 2027];

    private const string Pm = "theo ý kiến chỉ đạo của Thủ tướng Chính phủ";

    public static IReadOnlyList<SeedYear> All() => [Y2024(), Y2025(), Y2026(), Proposed(2027)];

    public static SeedYear Proposed(int year) =>
        new(year, false, $"Đề xuất từ âm lịch cho năm {year} — {HolidayRules.ProposalNote}.", HolidayRules.Propose(year));

    private static EntrySpec Law(int y, int m, int d, string name) => new(new DateOnly(y, m, d), CalendarEntryKind.Holiday, name, HolidayRules.LabourCode, false);

    private static EntrySpec Day(int y, int m, int d, CalendarEntryKind kind, string name, string citation, bool check = false) =>
        new(new DateOnly(y, m, d), kind, name, citation, check);

    private static SeedYear Y2024()
    {
        const string tet = HolidayRules.LabourCode + "; lịch nghỉ Tết Giáp Thìn 2024 của cán bộ, công chức, viên chức " + Pm
            + ": nghỉ 7 ngày liên tục từ thứ Năm 08/02 đến hết thứ Tư 14/02/2024 (5 ngày Tết và 2 ngày nghỉ hằng tuần).";
        const string may = "Thông báo lịch nghỉ lễ 30/4 – 1/5/2024 " + Pm + ": hoán đổi ngày làm việc thứ Hai 29/4/2024 với thứ Bảy 04/5/2024; "
            + "nghỉ liên tục từ 27/4 đến hết 01/5/2024.";
        const string sept = HolidayRules.LabourCode + "; lịch nghỉ Quốc khánh 2024 " + Pm + ": nghỉ thứ Hai 02/9 và thứ Ba 03/9/2024.";
        return new SeedYear(2024, true, "Theo các thông báo lịch nghỉ năm 2024 (dữ liệu mặc định của hệ thống).",
        [
            Law(2024, 1, 1, HolidayRules.NewYear),
            Day(2024, 2, 8, CalendarEntryKind.Holiday, HolidayRules.Tet, tet), Day(2024, 2, 9, CalendarEntryKind.Holiday, HolidayRules.Tet, tet),
            Day(2024, 2, 12, CalendarEntryKind.Holiday, HolidayRules.Tet, tet), Day(2024, 2, 13, CalendarEntryKind.Holiday, HolidayRules.Tet, tet),
            Day(2024, 2, 14, CalendarEntryKind.Holiday, HolidayRules.Tet, tet),
            Law(2024, 4, 18, HolidayRules.HungKings),
            Day(2024, 4, 29, CalendarEntryKind.DayOff, "Nghỉ hoán đổi (làm bù thứ Bảy 04/5)", may),
            Law(2024, 4, 30, HolidayRules.Reunification), Law(2024, 5, 1, HolidayRules.LabourDay),
            Day(2024, 5, 4, CalendarEntryKind.WorkingDay, "Làm bù cho thứ Hai 29/4", may),
            Law(2024, 9, 2, HolidayRules.NationalDay),
            Day(2024, 9, 3, CalendarEntryKind.Holiday, HolidayRules.NationalDay + " — ngày liền kề", sept),
        ]);
    }

    private static SeedYear Y2025()
    {
        const string tet = HolidayRules.LabourCode + "; lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức " + Pm
            + ": nghỉ 9 ngày liên tục từ thứ Bảy 25/01 đến hết Chủ nhật 02/02/2025.";
        const string may = "Thông báo lịch nghỉ lễ 30/4 – 1/5/2025 " + Pm + ": hoán đổi ngày làm việc thứ Sáu 02/5/2025 với thứ Bảy 26/4/2025; "
            + "nghỉ liên tục từ 30/4 đến hết 04/5/2025.";
        const string sept = HolidayRules.LabourCode + "; lịch nghỉ Quốc khánh 2025 " + Pm + ": nghỉ thứ Hai 01/9 và thứ Ba 02/9/2025.";
        return new SeedYear(2025, true, "Theo các thông báo lịch nghỉ năm 2025 (dữ liệu mặc định của hệ thống).",
        [
            Law(2025, 1, 1, HolidayRules.NewYear),
            .. Enumerable.Range(27, 5).Select(d => Day(2025, 1, d, CalendarEntryKind.Holiday, HolidayRules.Tet, tet)),
            Law(2025, 4, 7, HolidayRules.HungKings),
            Day(2025, 4, 26, CalendarEntryKind.WorkingDay, "Làm bù cho thứ Sáu 02/5", may),
            Law(2025, 4, 30, HolidayRules.Reunification), Law(2025, 5, 1, HolidayRules.LabourDay),
            Day(2025, 5, 2, CalendarEntryKind.DayOff, "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)", may),
            Day(2025, 9, 1, CalendarEntryKind.Holiday, HolidayRules.NationalDay + " — ngày liền kề", sept),
            Law(2025, 9, 2, HolidayRules.NationalDay),
        ]);
    }

    private static SeedYear Y2026()
    {
        const string tet = HolidayRules.LabourCode + "; lịch nghỉ Tết Bính Ngọ 2026 " + Pm
            + ": nghỉ 9 ngày liên tục từ thứ Bảy 14/02 đến hết Chủ nhật 22/02/2026 — cần kiểm tra số, ngày của thông báo.";
        const string bu = HolidayRules.LabourCode + " khoản 3: ngày lễ trùng ngày nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp "
            + "(Giỗ Tổ 26/4/2026 là Chủ nhật).";
        const string sept = HolidayRules.LabourCode + "; ngày liền kề Quốc khánh 2026 do Chính phủ chọn — cần kiểm tra thông báo chính thức.";
        return new SeedYear(2026, false, "Theo thông báo lịch nghỉ Tết 2026 và Bộ luật Lao động; chưa xác nhận: ngày liền kề Quốc khánh cần kiểm tra.",
        [
            Law(2026, 1, 1, HolidayRules.NewYear),
            .. Enumerable.Range(16, 5).Select(d => Day(2026, 2, d, CalendarEntryKind.Holiday, HolidayRules.Tet, tet, check: true)),
            Law(2026, 4, 26, HolidayRules.HungKings),
            Day(2026, 4, 27, CalendarEntryKind.DayOff, "Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)", bu),
            Law(2026, 4, 30, HolidayRules.Reunification), Law(2026, 5, 1, HolidayRules.LabourDay),
            Day(2026, 9, 1, CalendarEntryKind.Holiday, HolidayRules.NationalDay + " — ngày liền kề", sept, check: true),
            Law(2026, 9, 2, HolidayRules.NationalDay),
        ]);
    }
}
