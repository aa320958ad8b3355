using System.Globalization;

namespace DanVan.Features.Calendar;

/// <summary>A calendar entry as seeded or proposed: what the system writes before a person has checked it.</summary>
public sealed record EntrySpec(DateOnly Date, CalendarEntryKind Kind, string Name, string Citation, bool NeedsCheck);

/// <summary>
/// The holidays of the Labour Code 45/2019/QH14 Art. 112 (DOMAIN.md §9): the fixed solar days, and a proposal for a year
/// from the lunar calendar. .NET's <see cref="ChineseLunisolarCalendar"/> follows China's meridian (UTC+8); Vietnam's (UTC+7)
/// can differ by a day in rare years, and the government picks Tết's five days and Quốc khánh's second day each year —
/// so a proposal is always marked "đề xuất — cần đối chiếu thông báo chính thức", never silent truth.
/// </summary>
public static class HolidayRules
{
    public const string LabourCode = "Bộ luật Lao động số 45/2019/QH14, Điều 112";

    public const string ProposalNote = "Đề xuất — cần đối chiếu thông báo chính thức";

    public const string NewYear = "Tết Dương lịch";
    public const string Tet = "Tết Nguyên đán";
    public const string HungKings = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
    public const string Reunification = "Ngày Chiến thắng (30/4)";
    public const string LabourDay = "Ngày Quốc tế Lao động (1/5)";
    public const string NationalDay = "Quốc khánh (2/9)";

    /// <summary>The name of a solar holiday fixed by the Code (1/1, 30/4, 1/5, 2/9), or null.</summary>
    public static string? FixedSolarName(DateOnly day) => (day.Month, day.Day) switch
    {
        (1, 1) => NewYear,
        (4, 30) => Reunification,
        (5, 1) => LabourDay,
        (9, 2) => NationalDay,
        _ => null,
    };

    /// <summary>Mùng 1 Tết of <paramref name="year"/> (the lunar new year falling in that solar year).</summary>
    public static DateOnly LunarNewYear(int year) => DateOnly.FromDateTime(new ChineseLunisolarCalendar().ToDateTime(year, 1, 1, 0, 0, 0, 0));

    /// <summary>10/3 lunar of <paramref name="year"/>; a leap month before the third shifts its index by one.</summary>
    public static DateOnly HungKingsDay(int year)
    {
        var lunar = new ChineseLunisolarCalendar();
        var leap = lunar.GetLeapMonth(year);
        var month = leap is > 0 and <= 3 ? 4 : 3;
        return DateOnly.FromDateTime(lunar.ToDateTime(year, month, 10, 0, 0, 0, 0));
    }

    /// <summary>
    /// A proposal for a year with no data, every entry marked to check: 1/1; Tết as the last day of the old year and
    /// mùng 1–4; 10/3 lunar; 30/4; 1/5; 2/9 with the adjacent weekday that joins a weekend; and for a holiday on a
    /// weekend the next working day off (Art. 112.3).
    /// </summary>
    public static IReadOnlyList<EntrySpec> Propose(int year)
    {
        var citation = $"{LabourCode}; {ProposalNote} năm {year}.";
        var holidays = new List<(DateOnly Date, string Name)> { (new DateOnly(year, 1, 1), NewYear) };
        var tet = LunarNewYear(year);
        holidays.AddRange(Enumerable.Range(-1, 5).Select(i => (tet.AddDays(i), Tet)));
        holidays.Add((HungKingsDay(year), HungKings));
        holidays.Add((new DateOnly(year, 4, 30), Reunification));
        holidays.Add((new DateOnly(year, 5, 1), LabourDay));
        var national = new DateOnly(year, 9, 2);
        holidays.Add((national, NationalDay));
        var adjacent = national.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Thursday or DayOfWeek.Sunday
            ? national.AddDays(1)
            : national.AddDays(-1);
        holidays.Add((adjacent, NationalDay + " — ngày liền kề"));

        var entries = holidays.Select(h => new EntrySpec(h.Date, CalendarEntryKind.Holiday, h.Name, citation, true)).ToList();
        var off = entries.Select(e => e.Date).ToHashSet();
        foreach (var weekend in entries.Where(e => WorkingDayMath.IsWeekend(e.Date)).OrderBy(e => e.Date).ToList())
        {
            var day = weekend.Date.AddDays(1);
            while (WorkingDayMath.IsWeekend(day) || off.Contains(day))
            {
                day = day.AddDays(1);
            }

            off.Add(day);
            entries.Add(new EntrySpec(day, CalendarEntryKind.DayOff, $"Nghỉ bù {weekend.Name} ({weekend.Date:dd/MM})", citation + " Điều 112 khoản 3: nghỉ bù vào ngày làm việc kế tiếp.", true));
        }

        return entries.Where(e => e.Date.Year == year).OrderBy(e => e.Date).ToList();
    }
}
