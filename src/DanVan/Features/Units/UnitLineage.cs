using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// Following units through the 2025 merges, stated once: a successor holds its predecessors' ratings, awards and
/// models (<c>UnitSuccessions</c>, merges and splits). Set-based: at most <see cref="MaxDepth"/> queries whatever the
/// number of units asked.
/// </summary>
public static class UnitLineage
{
    public const int MaxDepth = 5;

    /// <summary>The asked units and all their predecessors, each mapped to the asked units it passed into (an asked unit maps to itself).</summary>
    public static async Task<Dictionary<Guid, HashSet<Guid>>> HeirsAsync(AppDbContext db, Guid tenantId, IReadOnlyCollection<Guid> unitIds,
        CancellationToken ct)
    {
        var heirs = unitIds.Distinct().ToDictionary(id => id, id => new HashSet<Guid> { id });
        var frontier = heirs.Keys.ToList();
        for (var depth = 0; depth < MaxDepth && frontier.Count > 0; depth++)
        {
            var current = frontier;
            var links = await db.UnitSuccessions.AsNoTracking().Where(s => s.TenantId == tenantId && EF.Parameter(current).Contains(s.SuccessorId))
                .Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync(ct);
            frontier = [];
            foreach (var link in links)
            {
                if (!heirs.TryGetValue(link.PredecessorId, out var set))
                {
                    heirs[link.PredecessorId] = set = [];
                    frontier.Add(link.PredecessorId);
                }

                set.UnionWith(heirs[link.SuccessorId]);
            }
        }

        return heirs;
    }
}
