using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Calendar;

/// <summary>A year of the caller's province's calendar. Every signed-in user of the province reads it: deadlines rest on it.</summary>
public static class GetCalendar
{
    public static async Task<Result<CalendarYearDto>> HandleAsync(AppDbContext db, CurrentUser user, int year, CancellationToken ct)
    {
        if (!WorkingDayCalendar.IsValidYear(year))
        {
            return CalendarErrors.BadYear("year");
        }

        var calendar = await db.WorkingDayCalendars.AsNoTracking().Include(c => c.Entries).Include(c => c.History).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.TenantId == user.TenantId && c.Year == year, ct);
        return ToDto(calendar, year);
    }

    internal static CalendarYearDto ToDto(WorkingDayCalendar? c, int year)
    {
        if (c is null)
        {
            return new CalendarYearDto(year, CalendarYearState.Missing, CalendarLabels.State(CalendarYearState.Missing, year), null, null, null, null, [], []);
        }

        var state = c.IsConfirmed ? CalendarYearState.Confirmed : CalendarYearState.Unconfirmed;
        return new CalendarYearDto(year, state, CalendarLabels.State(state, year), c.Note, c.ConfirmedAt, c.ConfirmedByName, c.ConfirmCitation,
            c.Entries.OrderBy(e => e.Date).Select(e => new CalendarEntryDto(e.Id, e.Date, WorkingDayMath.WeekdayName(e.Date), e.Kind,
                CalendarLabels.Kind(e.Kind), e.Name, e.Citation, e.NeedsCheck, e.Origin)).ToList(),
            c.History.OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Select(h => new CalendarEventDto(h.At, h.UserName, h.Action,
                CalendarLabels.Action(h.Action), h.Date, h.Name, h.Note)).ToList());
    }
}
