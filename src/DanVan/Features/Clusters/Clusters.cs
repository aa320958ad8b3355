using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Clusters;

/// <summary>
/// The read function the assessment ranking calls (ranking within clusters; the leader feeds the flag titles later):
/// the groups a unit belongs to in a year — at most one cluster and one bloc — with their members. A unit that took
/// over others (2025 mergers, <see cref="GetLineage"/>) is also found through its predecessors' memberships, so a
/// successor sees the group its predecessors were in that year. Not scoped to a user: groups are province data.
/// </summary>
public static class Clusters
{
    public sealed record UnitCluster(Guid ClusterId, string Name, ClusterKind Kind, int Year, bool IsLeader, bool IsDeputy, Guid? LeaderUnitId,
        Guid? DeputyUnitId, IReadOnlyList<Guid> MemberUnitIds, Guid ThroughUnitId);

    public static async Task<IReadOnlyList<UnitCluster>> OfUnitAsync(AppDbContext db, Guid unitId, int year, CancellationToken ct = default)
    {
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).FirstOrDefaultAsync(ct);
        if (tenantId == Guid.Empty)
        {
            return [];
        }

        var lineage = (await GetLineage.PredecessorsAsync(db, tenantId, unitId, ct)).OrderBy(a => a.Steps).Select(a => a.UnitId).ToList();
        var candidates = new List<Guid> { unitId };
        candidates.AddRange(lineage);
        var memberships = await db.ClusterMembers.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.Year == year && candidates.Contains(m.UnitId))
            .Select(m => new { m.ClusterId, m.UnitId, m.Kind }).ToListAsync(ct);
        // The unit's own membership first, then the nearest predecessor's: one group per kind.
        var chosen = memberships.OrderBy(m => candidates.IndexOf(m.UnitId)).GroupBy(m => m.Kind).Select(g => g.First()).ToList();
        var ids = chosen.Select(m => m.ClusterId).ToList();
        var clusters = await db.EmulationClusters.AsNoTracking().Include(c => c.Members).Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        return chosen.Select(m =>
        {
            var c = clusters.First(x => x.Id == m.ClusterId);
            return new UnitCluster(c.Id, c.Name, c.Kind, c.Year, c.LeaderUnitId == m.UnitId, c.DeputyUnitId == m.UnitId, c.LeaderUnitId, c.DeputyUnitId,
                c.Members.Select(x => x.UnitId).ToList(), m.UnitId);
        }).OrderBy(c => c.Kind).ToList();
    }
}
