using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>One unit's official rank for a year, with its source; <see cref="ViaPredecessor"/> names the unit it was earned by when that was a predecessor.</summary>
public sealed record UnitRatingView(Guid UnitId, int Year, int? RankSeq, string Label, decimal? Points, Guid RoundId, Guid DecisionDocumentId,
    string DecisionCitation, Guid? ViaPredecessor);

/// <summary>
/// The read model the nominations issue uses (issue 13 §6): <c>unit rating (unit, year) → rank, points, decision</c>,
/// following units through the 2025 merges — a successor sees its predecessors' ratings (marked with the predecessor).
/// </summary>
public static class UnitRatings
{
    public static async Task<IReadOnlyList<UnitRatingView>> ForAsync(AppDbContext db, Guid tenantId, Guid unitId, CancellationToken ct)
    {
        var lineage = (await UnitLineage.HeirsAsync(db, tenantId, [unitId], ct)).Keys.ToList();
        var rows = await db.UnitRatings.Where(r => r.TenantId == tenantId && lineage.Contains(r.UnitId)).OrderByDescending(r => r.Year).ToListAsync(ct);
        return rows.Select(r => new UnitRatingView(unitId, r.Year, r.RankSeq, r.Label, r.Points, r.RoundId, r.DecisionDocumentId, r.DecisionCitation,
            r.UnitId == unitId ? null : r.UnitId)).ToList();
    }
}
