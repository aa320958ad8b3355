using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Calendar;

/// <summary>The administrator removes an entry, saying why; the history keeps what it was.</summary>
public static class RemoveCalendarEntry
{
    public static async Task<Result<CalendarYearDto>> HandleAsync(AppDbContext db, CurrentUser user, int year, Guid entryId, string? reason, CancellationToken ct)
    {
        if (!(await EditCalendar.LoadAsync(db, user, year, ct)).TryGet(out var calendar, out var refused))
        {
            return refused;
        }

        return calendar.Remove(entryId, VietnameseText.Clean(reason), Actor.Of(user, db.Time)) is { } error ? error : await EditCalendar.SaveAsync(db, calendar, ct);
    }
}
