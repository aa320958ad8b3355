using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Calendar;

/// <summary>The administrator adds a holiday, a day off or a làm bù weekend day to a year, citing its basis.</summary>
public static class AddCalendarEntry
{
    public static async Task<Result<CalendarYearDto>> HandleAsync(AppDbContext db, CurrentUser user, int year, CalendarEntryInput input, CancellationToken ct)
    {
        if (!(await EditCalendar.LoadAsync(db, user, year, ct)).TryGet(out var calendar, out var refused))
        {
            return refused;
        }

        var added = calendar.Add(input.Date!.Value, input.Kind!.Value, VietnameseText.Clean(input.Name), VietnameseText.Clean(input.Citation), Actor.Of(user, db.Time));
        return added.Error is { } error ? error : await EditCalendar.SaveAsync(db, calendar, ct);
    }
}
