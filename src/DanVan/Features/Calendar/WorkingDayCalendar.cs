using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Calendar;

/// <summary>
/// A province's working-day calendar for one year (lịch ngày làm việc, GLOSSARY <c>WorkingDayCalendar</c>, ADR 0020): the
/// exceptions to "Monday–Friday" — holidays, days off, làm bù weekends — each with a name and a citation, and whether the
/// province has confirmed the year against the government's announcements. The calendar changes only through its methods,
/// each of which appends its history row.
/// </summary>
public sealed class WorkingDayCalendar : ITenantOwned, IStamped
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int NoteMax = 1000;

    private readonly List<CalendarEntry> _entries = [];
    private readonly List<CalendarEvent> _history = [];

    private WorkingDayCalendar()
    {
    }

    private WorkingDayCalendar(Guid tenantId, int year, string note)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Year = year;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Year { get; private set; }

    /// <summary>Where the year's data comes from (seeded, proposed from the lunar calendar).</summary>
    public string Note { get; private set; } = "";

    public bool IsConfirmed { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }
    public string? ConfirmedByName { get; private set; }

    /// <summary>The announcement(s) the year was checked against.</summary>
    public string? ConfirmCitation { get; private set; }

    public IReadOnlyList<CalendarEntry> Entries => _entries;
    public IReadOnlyList<CalendarEvent> History => _history;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static bool IsValidYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>A year as the system seeds it (a seeded confirmed year counts as confirmed by the system).</summary>
    public static WorkingDayCalendar Seed(Guid tenantId, SeedYear seed, Actor by)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var calendar = new WorkingDayCalendar(tenantId, seed.Year, seed.Note);
        foreach (var e in seed.Entries)
        {
            calendar._entries.Add(new CalendarEntry(calendar, e, CalendarEntryOrigin.Seeded));
        }

        if (seed.Confirmed)
        {
            calendar.IsConfirmed = true;
            calendar.ConfirmedAt = by.At;
            calendar.ConfirmedByName = by.UserName;
            calendar.ConfirmCitation = seed.Note;
        }

        calendar._history.Add(new CalendarEvent(calendar, by, CalendarAction.Seeded, null, seed.Note));
        return calendar;
    }

    /// <summary>A new, unconfirmed year proposed from the lunar calendar; every entry marked to check.</summary>
    public static WorkingDayCalendar Propose(Guid tenantId, int year, Actor by)
    {
        var seed = CalendarSeed.Proposed(year);
        var calendar = new WorkingDayCalendar(tenantId, year, seed.Note);
        foreach (var e in seed.Entries)
        {
            calendar._entries.Add(new CalendarEntry(calendar, e, CalendarEntryOrigin.Proposed));
        }

        calendar._history.Add(new CalendarEvent(calendar, by, CalendarAction.Proposed, null, seed.Note));
        return calendar;
    }

    /// <summary>Adds a holiday, a day off or a làm bù weekend day, with its citation; refuses a date outside the year, a duplicate, or a kind the weekday contradicts.</summary>
    public Result<CalendarEntry> Add(DateOnly date, CalendarEntryKind kind, string? name, string? citation, Actor by)
    {
        if (date.Year != Year)
        {
            return CalendarErrors.OutsideYear(Year);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return CalendarErrors.NameRequired;
        }

        if (string.IsNullOrWhiteSpace(citation))
        {
            return CalendarErrors.CitationRequired;
        }

        if (kind == CalendarEntryKind.WorkingDay && !WorkingDayMath.IsWeekend(date))
        {
            return CalendarErrors.WorkingDayOnWeekday;
        }

        if (kind == CalendarEntryKind.DayOff && WorkingDayMath.IsWeekend(date))
        {
            return CalendarErrors.DayOffOnWeekend;
        }

        if (_entries.FirstOrDefault(e => e.Date == date) is { } existing)
        {
            return CalendarErrors.Duplicate(date, existing.Name);
        }

        var entry = new CalendarEntry(this, new EntrySpec(date, kind, name.Trim(), citation.Trim(), false), CalendarEntryOrigin.Added);
        _entries.Add(entry);
        _history.Add(new CalendarEvent(this, by, CalendarAction.Added, entry, entry.Citation));
        return entry;
    }

    /// <summary>Removes an entry; the reason (and its citation) is required and kept in the history with what was removed.</summary>
    public AppError? Remove(Guid entryId, string? reason, Actor by)
    {
        if (_entries.FirstOrDefault(e => e.Id == entryId) is not { } entry)
        {
            return CalendarErrors.EntryNotFound;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return CalendarErrors.ReasonRequired;
        }

        _entries.Remove(entry);
        _history.Add(new CalendarEvent(this, by, CalendarAction.Removed, entry, reason.Trim()));
        return null;
    }

    /// <summary>The administrator has checked the year against the official announcements: it stops being provisional and nothing is left "to check".</summary>
    public AppError? Confirm(string? citation, Actor by)
    {
        if (IsConfirmed)
        {
            return CalendarErrors.AlreadyConfirmed;
        }

        if (string.IsNullOrWhiteSpace(citation))
        {
            return CalendarErrors.CitationRequired;
        }

        IsConfirmed = true;
        ConfirmedAt = by.At;
        ConfirmedByName = by.UserName;
        ConfirmCitation = citation.Trim();
        foreach (var e in _entries)
        {
            e.MarkChecked();
        }

        _history.Add(new CalendarEvent(this, by, CalendarAction.Confirmed, null, ConfirmCitation));
        return null;
    }

    /// <summary>The year as the arithmetic reads it.</summary>
    public CalendarYearData ToData() => new(Year, IsConfirmed, _entries.ToDictionary(e => e.Date, e => (e.Kind, e.Name)));
}
