using DanVan.Infrastructure.Data;

namespace DanVan.Features.Calendar;

/// <summary>Who wrote an entry: the system's seed, the lunar proposal, or the administrator.</summary>
public enum CalendarEntryOrigin
{
    Seeded,
    Proposed,
    Added,
}

/// <summary>One exception of a year's calendar: a date, what it is, its name and its citation; "cần kiểm tra" until checked.</summary>
public sealed class CalendarEntry : ITenantOwned
{
    public const int NameMax = 200;
    public const int CitationMax = 1000;

    private CalendarEntry()
    {
    }

    internal CalendarEntry(WorkingDayCalendar calendar, EntrySpec spec, CalendarEntryOrigin origin)
    {
        Id = Guid.CreateVersion7();
        TenantId = calendar.TenantId;
        CalendarId = calendar.Id;
        Date = spec.Date;
        Kind = spec.Kind;
        Name = spec.Name;
        Citation = spec.Citation;
        NeedsCheck = spec.NeedsCheck;
        Origin = origin;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CalendarId { get; private set; }
    public DateOnly Date { get; private set; }
    public CalendarEntryKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string Citation { get; private set; } = "";

    /// <summary>Seeded or proposed without a verified source: shown as "cần kiểm tra" until the year is confirmed.</summary>
    public bool NeedsCheck { get; private set; }

    public CalendarEntryOrigin Origin { get; private set; }

    internal void MarkChecked() => NeedsCheck = false;
}
