using DanVan.Features.Accounts;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Calendar;

/// <summary>The read-only questions of the calendar page and the API: "from + N working days" and "working days between", for the caller's province.</summary>
public static class QueryWorkingDays
{
    public static async Task<Result<WorkingDayResult>> AddAsync(WorkingDays days, CurrentUser user, DateOnly? from, int? n, CancellationToken ct)
    {
        if (from is not { } start)
        {
            return AppError.Required("from", "ngày bắt đầu");
        }

        if (n is not (>= 0 and <= CalendarErrors.MaxDays) || !WorkingDayCalendar.IsValidYear(start.Year))
        {
            return n is >= 0 and <= CalendarErrors.MaxDays ? CalendarErrors.BadYear("from") : CalendarErrors.BadDays;
        }

        return await days.AddWorkingDaysAsync(user.TenantId, start, n.Value, ct);
    }

    public static async Task<Result<WorkingDayCount>> CountAsync(WorkingDays days, CurrentUser user, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (from is not { } start || to is not { } end)
        {
            return from is null ? AppError.Required("from", "ngày bắt đầu") : AppError.Required("to", "ngày kết thúc");
        }

        if (end < start)
        {
            return CalendarErrors.EndBeforeStart;
        }

        if (!WorkingDayCalendar.IsValidYear(start.Year) || !WorkingDayCalendar.IsValidYear(end.Year) || end.DayNumber - start.DayNumber > 2 * CalendarErrors.MaxDays)
        {
            return CalendarErrors.BadYear("to");
        }

        return await days.CountWorkingDaysAsync(user.TenantId, start, end, ct);
    }
}
