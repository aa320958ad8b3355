using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Clusters;

/// <summary>The groups of a year (a few dozen per province: one page, clusters before blocs, by name).</summary>
public static class ListClusters
{
    public static async Task<Result<IReadOnlyList<ClusterSummary>>> HandleAsync(AppDbContext db, CurrentUser user, int? year, CancellationToken ct)
    {
        if (await ClusterAccess.CheckViewAsync(db, user, ct) is { } refused)
        {
            return refused;
        }

        var y = year ?? VnTime.Today(db.Time).Year;
        var tenantId = user.TenantId;
        var rows = await db.EmulationClusters.AsNoTracking().Where(c => c.TenantId == tenantId && c.Year == y)
            .Select(c => new
            {
                c.Id, c.Year, c.Kind, c.Name, Count = c.Members.Count,
                Leader = db.Units.Where(u => u.Id == c.LeaderUnitId).Select(u => u.Name).FirstOrDefault(),
                Deputy = db.Units.Where(u => u.Id == c.DeputyUnitId).Select(u => u.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Create(VietnameseText.Culture, false))
            .Select(r => new ClusterSummary(r.Id, r.Year, r.Kind, r.Kind.Label(), r.Name, r.Count, r.Leader, r.Deputy)).ToList();
    }
}
