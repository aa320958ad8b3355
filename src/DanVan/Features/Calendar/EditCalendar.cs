using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Calendar;

/// <summary>Shared by the calendar's writes: who may change it (ManageCalendar — the province's administrator) and loading a year to change.</summary>
internal static class EditCalendar
{
    public static Task<bool> MayManageAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Scope.HoldsAnywhereAsync(db, user, Permission.ManageCalendar, ct);

    public static async Task<Result<WorkingDayCalendar>> LoadAsync(AppDbContext db, CurrentUser user, int year, CancellationToken ct)
    {
        if (!await MayManageAsync(db, user, ct))
        {
            return CalendarErrors.Forbidden;
        }

        if (!WorkingDayCalendar.IsValidYear(year))
        {
            return CalendarErrors.BadYear();
        }

        var calendar = await db.WorkingDayCalendars.Include(c => c.Entries).Include(c => c.History).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.TenantId == user.TenantId && c.Year == year, ct);
        return calendar is null ? CalendarErrors.NoYear(year) : calendar;
    }

    public static async Task<Result<CalendarYearDto>> SaveAsync(AppDbContext db, WorkingDayCalendar calendar, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CalendarErrors.Concurrent;
        }

        return GetCalendar.ToDto(calendar, calendar.Year);
    }
}
