namespace DanVan.Features.Calendar;

/// <summary>What a calendar entry makes of its date (stored by name).</summary>
public enum CalendarEntryKind
{
    /// <summary>A public holiday (Labour Code 2019 Art. 112): Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ, 30/4, 1/5, Quốc khánh.</summary>
    Holiday,

    /// <summary>A weekday made a day off: a compensating day (nghỉ bù) or the government's swap (hoán đổi).</summary>
    DayOff,

    /// <summary>A Saturday or Sunday made a working day (làm bù).</summary>
    WorkingDay,
}

/// <summary>One year's exceptions as the arithmetic reads them; <see cref="Confirmed"/> false makes every day of it provisional.</summary>
public sealed record CalendarYearData(int Year, bool Confirmed, IReadOnlyDictionary<DateOnly, (CalendarEntryKind Kind, string Name)> Days);

/// <summary>A day that did not count, with why (the holiday's name, or the weekday).</summary>
public sealed record SkippedDay(DateOnly Date, string Name);

/// <summary>
/// The answer of "add N working days": the date, whether it rests on a year the province has not confirmed (or has no
/// calendar for — then only weekends and the fixed solar holidays were known), which years those are, and the days skipped.
/// </summary>
public sealed record WorkingDayResult(DateOnly From, int Days, DateOnly Date, bool Provisional, IReadOnlyList<int> ProvisionalYears,
    IReadOnlyList<SkippedDay> Skipped);

/// <summary>The answer of "how many working days after <c>From</c> up to and including <c>To</c>".</summary>
public sealed record WorkingDayCount(DateOnly From, DateOnly To, int Days, bool Provisional, IReadOnlyList<int> ProvisionalYears,
    IReadOnlyList<SkippedDay> Skipped);

/// <summary>One day: working or not, the name of a non-working day, and whether the answer is provisional.</summary>
public sealed record DayStatus(DateOnly Date, bool IsWorking, string? Name, bool Provisional);

/// <summary>
/// The pure arithmetic of working days (ADR 0020): weekends are Saturday and Sunday; a year's entries override them
/// (holidays and days off are not worked, a làm bù weekend day is). A year without data knows only the weekends and the
/// fixed solar holidays (<see cref="HolidayRules.FixedSolarName"/>) and is provisional, as is a year not yet confirmed.
/// The day counted from is never itself counted.
/// </summary>
public static class WorkingDayMath
{
    public static DayStatus Status(DateOnly day, IReadOnlyDictionary<int, CalendarYearData> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var data = years.GetValueOrDefault(day.Year);
        var provisional = data is not { Confirmed: true };
        if (data is not null && data.Days.TryGetValue(day, out var entry))
        {
            return new DayStatus(day, entry.Kind == CalendarEntryKind.WorkingDay, entry.Kind == CalendarEntryKind.WorkingDay ? null : entry.Name,
                provisional);
        }

        if (data is null && HolidayRules.FixedSolarName(day) is { } fixedName)
        {
            return new DayStatus(day, false, fixedName, true);
        }

        return IsWeekend(day) ? new DayStatus(day, false, WeekdayName(day), provisional) : new DayStatus(day, true, null, provisional);
    }

    /// <summary>The <paramref name="n"/>-th working day after <paramref name="from"/> (<paramref name="from"/> itself for 0).</summary>
    public static WorkingDayResult Add(DateOnly from, int n, IReadOnlyDictionary<int, CalendarYearData> years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var skipped = new List<SkippedDay>();
        var provisional = new SortedSet<int>();
        var day = from;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            var status = Status(day, years);
            if (status.Provisional)
            {
                provisional.Add(day.Year);
            }

            if (status.IsWorking)
            {
                counted++;
            }
            else
            {
                skipped.Add(new SkippedDay(day, status.Name!));
            }
        }

        return new WorkingDayResult(from, n, day, provisional.Count > 0, [.. provisional], skipped);
    }

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/> (the inverse of <see cref="Add"/>).</summary>
    public static WorkingDayCount Count(DateOnly from, DateOnly to, IReadOnlyDictionary<int, CalendarYearData> years)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The end precedes the start.");
        }

        var skipped = new List<SkippedDay>();
        var provisional = new SortedSet<int>();
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            var status = Status(day, years);
            if (status.Provisional)
            {
                provisional.Add(day.Year);
            }

            if (status.IsWorking)
            {
                days++;
            }
            else
            {
                skipped.Add(new SkippedDay(day, status.Name!));
            }
        }

        return new WorkingDayCount(from, to, days, provisional.Count > 0, [.. provisional], skipped);
    }

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static string WeekdayName(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        DayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(day)),
    };
}
