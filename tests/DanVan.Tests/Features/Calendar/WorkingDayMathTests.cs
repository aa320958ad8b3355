using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;

namespace DanVan.Tests.Features.Calendar;

/// <summary>The arithmetic of working days over the seeded years (2024–2025 confirmed, 2026–2027 not) and a year without data.</summary>
public sealed class WorkingDayMathTests
{
    private static readonly IReadOnlyDictionary<int, CalendarYearData> Seeded = CalendarSeed.All()
        .Select(y => WorkingDayCalendar.Seed(Guid.NewGuid(), y, new Actor(Guid.Empty, "test", DateTime.UnixEpoch)).ToData())
        .ToDictionary(d => d.Year);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, int, string, int, bool> Cases => new()
    {
        // from, n, expected, days skipped, provisional
        { "2024-02-07", 1, "2024-02-15", 7, false },   // Tết Giáp Thìn: 8–14/2 off, weekend inside
        { "2025-01-24", 1, "2025-02-03", 9, false },   // Tết Ất Tỵ: 25/1–2/2
        { "2025-04-29", 1, "2025-05-05", 5, false },   // 30/4, 1/5, the swapped 2/5, then the weekend
        { "2025-04-25", 1, "2025-04-26", 0, false },   // Saturday 26/4/2025 is worked (làm bù)
        { "2024-04-26", 1, "2024-05-02", 5, false },   // weekend, the swapped Monday 29/4, 30/4, 1/5
        { "2024-04-26", 3, "2024-05-04", 5, false },   // … and Saturday 4/5/2024 is worked
        { "2025-08-29", 1, "2025-09-03", 4, false },   // weekend, 1/9 and 2/9/2025
        { "2024-08-30", 1, "2024-09-04", 4, false },   // weekend, 2/9 and 3/9/2024
        { "2024-12-31", 1, "2025-01-02", 1, false },   // across the New Year
        { "2025-03-03", 0, "2025-03-03", 0, false },   // zero days: the day itself
        { "2026-01-05", 10, "2026-01-19", 4, true },   // "within 10 working days of 5/1": 2026 is not confirmed yet
        { "2026-04-28", 5, "2026-05-07", 4, true },    // 30/4, 1/5 and a weekend
        { "2026-04-24", 1, "2026-04-28", 3, true },    // Giỗ Tổ on Sunday 26/4/2026: Monday 27/4 off in lieu
        { "2028-04-28", 1, "2028-05-02", 3, true },    // no data for 2028: weekends and the fixed 1/5 only, provisional
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Adding_working_days_skips_weekends_holidays_and_days_off_and_counts_worked_weekends(string from, int n, string expected, int skipped,
        bool provisional)
    {
        var result = WorkingDayMath.Add(D(from), n, Seeded);

        (result.Date, result.Skipped.Count, result.Provisional).ShouldBe((D(expected), skipped, provisional));
        WorkingDayMath.Count(D(from), result.Date, Seeded).Days.ShouldBe(n);
    }

    [Fact]
    public void The_skipped_days_are_named_and_the_provisional_years_listed()
    {
        var result = WorkingDayMath.Add(D("2025-12-30"), 2, Seeded);

        result.Date.ShouldBe(D("2026-01-02"));
        result.Skipped.ShouldBe([new SkippedDay(D("2026-01-01"), HolidayRules.NewYear)]);
        result.ProvisionalYears.ShouldBe([2026]);

        var tet = WorkingDayMath.Add(D("2025-01-24"), 1, Seeded).Skipped;
        tet.Select(s => s.Name).Distinct().ShouldBe(["Thứ Bảy", "Chủ nhật", HolidayRules.Tet]);
    }

    [Fact]
    public void A_year_without_data_knows_only_weekends_and_the_fixed_solar_holidays()
    {
        var none = new Dictionary<int, CalendarYearData>();

        WorkingDayMath.Status(D("2030-09-02"), none).ShouldBe(new DayStatus(D("2030-09-02"), false, HolidayRules.NationalDay, true));
        WorkingDayMath.Status(D("2030-02-04"), none).ShouldBe(new DayStatus(D("2030-02-04"), true, null, true)); // Tết 2030 unknown without data
        WorkingDayMath.Status(D("2025-01-29"), Seeded).ShouldBe(new DayStatus(D("2025-01-29"), false, HolidayRules.Tet, false));
    }

    [Theory]
    [InlineData(2023, "2023-04-29")] // a leap second month that year
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void The_hung_kings_day_is_the_tenth_of_the_third_lunar_month(int year, string expected) =>
        HolidayRules.HungKingsDay(year).ShouldBe(D(expected));

    [Theory]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    public void The_lunar_new_year_matches_the_announced_tet(int year, string expected) => HolidayRules.LunarNewYear(year).ShouldBe(D(expected));

    [Fact]
    public void A_proposal_is_marked_to_check_and_gives_a_weekday_off_for_a_holiday_on_a_weekend()
    {
        var proposal = HolidayRules.Propose(2027);

        proposal.ShouldAllBe(e => e.NeedsCheck && e.Citation.Contains(HolidayRules.ProposalNote));
        proposal.Count(e => e.Name == HolidayRules.Tet).ShouldBe(5);
        proposal.ShouldContain(e => e.Date == D("2027-05-01") && e.Kind == CalendarEntryKind.Holiday);
        proposal.ShouldContain(e => e.Date == D("2027-05-03") && e.Kind == CalendarEntryKind.DayOff); // 1/5/2027 is a Saturday
        proposal.ShouldNotContain(e => e.Kind == CalendarEntryKind.DayOff && WorkingDayMath.IsWeekend(e.Date));
        proposal.Select(e => e.Date).ShouldBeUnique();
    }
}
