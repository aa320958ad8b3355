using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Calendar;

/// <summary>
/// The administrator creates a year that has no data as a proposal from the lunar calendar (<see cref="HolidayRules.Propose"/>):
/// unconfirmed, every entry "cần kiểm tra", to check against the government's announcement before confirming.
/// </summary>
public static class ProposeCalendarYear
{
    public static async Task<Result<CalendarYearDto>> HandleAsync(AppDbContext db, CurrentUser user, int year, CancellationToken ct)
    {
        if (!await EditCalendar.MayManageAsync(db, user, ct))
        {
            return CalendarErrors.Forbidden;
        }

        if (!WorkingDayCalendar.IsValidYear(year))
        {
            return CalendarErrors.BadYear();
        }

        if (await db.WorkingDayCalendars.AnyAsync(c => c.TenantId == user.TenantId && c.Year == year, ct))
        {
            return CalendarErrors.YearExists(year);
        }

        var calendar = WorkingDayCalendar.Propose(user.TenantId, year, Actor.Of(user, db.Time));
        db.WorkingDayCalendars.Add(calendar);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CalendarErrors.YearExists(year);
        }

        return GetCalendar.ToDto(calendar, year);
    }
}
