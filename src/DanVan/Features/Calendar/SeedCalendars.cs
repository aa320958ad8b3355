using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Calendar;

/// <summary>
/// Gives a province the seeded years (<see cref="CalendarSeed"/>): a new one in <c>CreateTenant</c> (so the demo and the
/// <c>create-tenant</c> verb), every existing one at start-up for the years it lacks — idempotent, a year already there
/// (seeded, proposed or edited) is never touched.
/// </summary>
public static class SeedCalendars
{
    public const string SystemName = "Hệ thống (dữ liệu mặc định)";

    public static IEnumerable<WorkingDayCalendar> ForNewTenant(Guid tenantId, DateTime now) =>
        CalendarSeed.All().Select(y => WorkingDayCalendar.Seed(tenantId, y, new Actor(Guid.Empty, SystemName, now)));

    /// <summary>Adds the seeded years every province lacks; answers how many calendars it added.</summary>
    public static async Task<int> EnsureAsync(AppDbContext db, CancellationToken ct)
    {
        var tenants = await db.Tenants.Select(t => t.Id).ToListAsync(ct);
        var have = (await db.WorkingDayCalendars.Where(c => CalendarSeed.Years.Contains(c.Year)).Select(c => new { c.TenantId, c.Year }).ToListAsync(ct))
            .Select(x => (x.TenantId, x.Year)).ToHashSet();
        var now = db.Time.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var tenantId in tenants)
        {
            foreach (var year in CalendarSeed.All().Where(y => !have.Contains((tenantId, y.Year))))
            {
                db.WorkingDayCalendars.Add(WorkingDayCalendar.Seed(tenantId, year, new Actor(Guid.Empty, SystemName, now)));
                added++;
            }
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return added;
    }
}
