using DanVan.Infrastructure.Data;

namespace DanVan.Features.Calendar;

/// <summary>The steps of a year's calendar, stored by name.</summary>
public enum CalendarAction
{
    Seeded,
    Proposed,
    Added,
    Removed,
    Confirmed,
}

/// <summary>The calendar's history: who changed which day, when, and on what basis. Written only by <see cref="WorkingDayCalendar"/>'s methods.</summary>
public sealed class CalendarEvent : ITenantOwned
{
    private CalendarEvent()
    {
    }

    internal CalendarEvent(WorkingDayCalendar calendar, Actor by, CalendarAction action, CalendarEntry? entry, string? note)
    {
        Id = Guid.CreateVersion7();
        TenantId = calendar.TenantId;
        CalendarId = calendar.Id;
        At = by.At;
        UserId = by.UserId == Guid.Empty ? null : by.UserId;
        UserName = by.UserName;
        Action = action;
        Date = entry?.Date;
        Kind = entry?.Kind;
        Name = entry?.Name;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CalendarId { get; private set; }
    public DateTime At { get; private set; }
    public Guid? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public CalendarAction Action { get; private set; }
    public DateOnly? Date { get; private set; }
    public CalendarEntryKind? Kind { get; private set; }
    public string? Name { get; private set; }

    /// <summary>The citation of an addition or confirmation, the reason of a removal.</summary>
    public string? Note { get; private set; }
}
