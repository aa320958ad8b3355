using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// The ranking table of a round, for the units the caller may view: each unit's state, totals, disagreement, rank and
/// position (<see cref="Ranking"/>). Positions and ties are counted over the whole round, so the table is one piece (a
/// round has one row per unit: 3,321 communes at national scale); sort "disagreement" puts the largest differences first;
/// with a cluster (cụm, khối thi đua of the round's year) the units are ranked among its members.
/// </summary>
public static class GetRanking
{
    public static async Task<Result<RankingDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid roundId, string? sort, Guid? clusterId,
        CancellationToken ct)
    {
        if (!(await AssessmentAccess.FindRoundAsync(db, user, roundId, ct)).TryGet(out var round, out var error))
        {
            return error;
        }

        HashSet<Guid>? members = null;
        if (clusterId is { } cid)
        {
            var tenantId = user.TenantId;
            if (!await db.EmulationClusters.AnyAsync(c => c.Id == cid && c.TenantId == tenantId && c.Year == round.Year, ct))
            {
                return AppError.NotFound("cụm, khối thi đua của năm đánh giá");
            }

            members = (await db.ClusterMembers.Where(m => m.ClusterId == cid).Select(m => m.UnitId).ToListAsync(ct)).ToHashSet();
        }

        var ranking = await ComputeAsync(db, round, members, ct);
        var visible = (await AssessmentAccess.Visible(db, user).Where(a => a.RoundId == roundId).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var rows = ranking.Rows.Where(r => visible.Contains(r.AssessmentId));
        rows = sort switch
        {
            "disagreement" => rows.OrderByDescending(r => r.Disagreement).ThenBy(r => r.UnitCode, StringComparer.Ordinal),
            "unit" => rows.OrderBy(r => r.UnitCode, StringComparer.Ordinal),
            _ => rows.OrderBy(r => r.Position ?? int.MaxValue).ThenBy(r => r.UnitCode, StringComparer.Ordinal),
        };
        return ranking with { Rows = rows.ToList() };
    }

    /// <summary>The whole round's ranking (every unit), as the decision records it.</summary>
    public static Task<RankingDto> ComputeAsync(AppDbContext db, AssessmentRound round, CancellationToken ct) => ComputeAsync(db, round, null, ct);

    /// <summary>The ranking among <paramref name="units"/> only (a cluster or bloc: positions, ties and the cap within it), or the whole round.</summary>
    public static async Task<RankingDto> ComputeAsync(AppDbContext db, AssessmentRound round, IReadOnlySet<Guid>? units, CancellationToken ct)
    {
        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Bands).FirstAsync(s => s.Id == round.CriteriaSetId, ct);
        var all = await InputsAsync(db, round.Id, ct);
        return Ranking.Compute(set, units is null ? all : all.Where(a => units.Contains(a.UnitId)).ToList());
    }

    /// <summary>Every unit of the round as the ranking reads it: the columns the entity keeps, never the score rows (ADR 0022).</summary>
    public static Task<List<Ranking.Input>> InputsAsync(AppDbContext db, Guid roundId, CancellationToken ct) =>
        db.UnitAssessments.AsNoTracking().Where(a => a.RoundId == roundId)
            .Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => new { a, u })
            .Join(db.UnitKinds, x => x.u.KindId, k => k.Id, (x, k) => new Ranking.Input(x.a.Id, x.a.UnitId, x.u.Code, x.u.Name, k.Name, x.a.Status,
                x.a.SelfTotal, x.a.FinalTotal, x.a.Disagreement, x.a.PrerequisitesMet))
            .ToListAsync(ct);
}
