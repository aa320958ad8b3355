using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Calendar;

/// <summary>The administrator confirms a year after checking it against the official announcements.</summary>
public static class ConfirmCalendarYear
{
    public static async Task<Result<CalendarYearDto>> HandleAsync(AppDbContext db, CurrentUser user, int year, ConfirmCalendarInput input, CancellationToken ct)
    {
        if (!(await EditCalendar.LoadAsync(db, user, year, ct)).TryGet(out var calendar, out var refused))
        {
            return refused;
        }

        return calendar.Confirm(VietnameseText.Clean(input.Citation), Actor.Of(user, db.Time)) is { } error ? error : await EditCalendar.SaveAsync(db, calendar, ct);
    }
}
