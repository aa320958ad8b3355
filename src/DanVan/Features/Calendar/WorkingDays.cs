using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Calendar;

/// <summary>
/// The one function every deadline in working days goes through (ADR 0020): the province's calendar read in one query
/// for the years concerned, the arithmetic in <see cref="WorkingDayMath"/>. An answer that crosses a year the province has
/// not confirmed (or has no calendar for) says so: <c>Provisional</c> and the years.
/// </summary>
public sealed class WorkingDays(AppDbContext db)
{
    /// <summary>The <paramref name="n"/>-th working day after <paramref name="from"/> ("within 10 working days of 5/1"); <paramref name="from"/> is not counted.</summary>
    public async Task<WorkingDayResult> AddWorkingDaysAsync(Guid tenantId, DateOnly from, int n, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var last = from.Year + 1 + (n / 200);
        while (true)
        {
            var result = WorkingDayMath.Add(from, n, await LoadAsync(tenantId, from.Year, last, ct));
            if (result.Date.Year <= last)
            {
                return result;
            }

            last = result.Date.Year; // a longer span than guessed: read the further years and count again
        }
    }

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/> (<paramref name="to"/> not before <paramref name="from"/>).</summary>
    public async Task<WorkingDayCount> CountWorkingDaysAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        WorkingDayMath.Count(from, to, await LoadAsync(tenantId, from.Year, to.Year, ct));

    public async Task<DayStatus> IsWorkingDayAsync(Guid tenantId, DateOnly day, CancellationToken ct = default) =>
        WorkingDayMath.Status(day, await LoadAsync(tenantId, day.Year, day.Year, ct));

    private async Task<IReadOnlyDictionary<int, CalendarYearData>> LoadAsync(Guid tenantId, int firstYear, int lastYear, CancellationToken ct)
    {
        var calendars = await db.WorkingDayCalendars.AsNoTracking().Include(c => c.Entries)
            .Where(c => c.TenantId == tenantId && c.Year >= firstYear && c.Year <= lastYear)
            .ToListAsync(ct);
        return calendars.ToDictionary(c => c.Year, c => c.ToData());
    }
}
