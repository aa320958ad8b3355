using DanVan.Features.Accounts;
using DanVan.Features.Clusters;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// The ranking table of a round, for the units the caller may view: each unit's state, totals, disagreement, rank and
/// position (<see cref="Ranking"/>). Positions and ties are counted over the whole round, so the table is one piece (a
/// round has one row per unit: 3,321 communes at national scale); sort "disagreement" puts the largest differences first;
/// with a cluster (cụm, khối thi đua of the round's year) the units are ranked among its members.
/// Two SQL round trips: the round with its set, bands, the caller's access and the cluster (<see cref="FindAsync"/>), then
/// every unit of the round marked with whether the caller may see it (<see cref="InputsAsync"/>).
/// </summary>
public static class GetRanking
{
    /// <summary>A round as the ranking reads it: its criteria set (bands loaded; criteria too when asked) and the scope's title.</summary>
    public sealed record RankedRound(AssessmentRound Round, CriteriaSet Set, string Scope);

    /// <summary>The round, its set and the table, for a caller that also prints them (<see cref="ExportRanking"/>).</summary>
    public sealed record Table(AssessmentRound Round, CriteriaSet Set, string Scope, RankingDto Ranking);

    /// <summary>One unit of the round as the ranking reads it, and whether the caller may see its row.</summary>
    public sealed record Scoped(Ranking.Input Input, bool Visible);

    public const string WholeProvince = "Toàn tỉnh";

    public static async Task<Result<RankingDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid roundId, string? sort, Guid? clusterId,
        CancellationToken ct) =>
        (await TableAsync(db, user, roundId, sort, clusterId, withCriteria: false, ct)).TryGet(out var table, out var error) ? table.Ranking : error;

    public static async Task<Result<Table>> TableAsync(AppDbContext db, CurrentUser user, Guid roundId, string? sort, Guid? clusterId, bool withCriteria,
        CancellationToken ct)
    {
        if (!(await FindAsync(db, user, roundId, clusterId, withCriteria, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var inputs = await InputsAsync(db, roundId, user, clusterId, ct);
        var ranking = Ranking.Compute(found.Set, inputs.Select(i => i.Input).ToList());
        var visible = inputs.Where(i => i.Visible).Select(i => i.Input.AssessmentId).ToHashSet();
        var rows = ranking.Rows.Where(r => visible.Contains(r.AssessmentId));
        rows = sort switch
        {
            "disagreement" => rows.OrderByDescending(r => r.Disagreement).ThenBy(r => r.UnitCode, StringComparer.Ordinal),
            "unit" => rows.OrderBy(r => r.UnitCode, StringComparer.Ordinal),
            _ => rows.OrderBy(r => r.Position ?? int.MaxValue).ThenBy(r => r.UnitCode, StringComparer.Ordinal),
        };
        return new Table(found.Round, found.Set, found.Scope, ranking with { Rows = rows.ToList() });
    }

    /// <summary>
    /// The round of the caller's tenant with its set and bands, in one query that also checks the caller holds ViewAssessments
    /// somewhere (else the round's 404, as <see cref="AssessmentAccess.FindRoundAsync"/>) and finds the cluster or bloc of the
    /// round's year when one is named (else its own 404). <paramref name="withCriteria"/> adds the set's criteria (split query).
    /// </summary>
    public static async Task<Result<RankedRound>> FindAsync(AppDbContext db, CurrentUser user, Guid roundId, Guid? clusterId, bool withCriteria,
        CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var viewer = Scope.Granting(db, user, Permission.ViewAssessments);
        var sets = withCriteria
            ? db.CriteriaSets.AsNoTracking().Include(s => s.Bands).Include(s => s.Criteria).AsSplitQuery()
            : db.CriteriaSets.AsNoTracking().Include(s => s.Bands);
        var found = await db.AssessmentRounds.AsNoTracking().Where(r => r.Id == roundId && r.TenantId == tenantId && viewer.Any())
            .Join(sets, r => r.CriteriaSetId, s => s.Id, (r, s) => new
            {
                Round = r,
                Set = s,
                Cluster = db.EmulationClusters.Where(c => c.Id == clusterId && c.TenantId == tenantId && c.Year == r.Year)
                    .Select(c => new { c.Kind, c.Name }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return AssessmentErrors.RoundNotFound;
        }

        if (clusterId is not null && found.Cluster is null)
        {
            return AppError.NotFound("cụm, khối thi đua của năm đánh giá");
        }

        return new RankedRound(found.Round, found.Set, found.Cluster is { } c ? $"{c.Kind.Label()} {c.Name}" : WholeProvince);
    }

    /// <summary>The whole round's ranking (every unit), as the decision records it.</summary>
    public static async Task<RankingDto> ComputeAsync(AppDbContext db, AssessmentRound round, CancellationToken ct)
    {
        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Bands).FirstAsync(s => s.Id == round.CriteriaSetId, ct);
        var all = await InputsAsync(db, round.Id, null, null, ct);
        return Ranking.Compute(set, all.Select(i => i.Input).ToList());
    }

    /// <summary>
    /// Every unit of the round (or of the cluster's members) as the ranking reads it: the columns the entity keeps, never the
    /// score rows (ADR 0022). With a <paramref name="viewer"/>, each row says whether the viewer may see it — the scope of
    /// <see cref="AssessmentAccess.Visible"/> as a correlated EXISTS in the same query; without one, every row is visible.
    /// </summary>
    public static async Task<List<Scoped>> InputsAsync(AppDbContext db, Guid roundId, CurrentUser? viewer, Guid? clusterId, CancellationToken ct)
    {
        var assessments = db.UnitAssessments.AsNoTracking().Where(a => a.RoundId == roundId);
        if (clusterId is { } cid)
        {
            assessments = assessments.Where(a => db.ClusterMembers.Any(m => m.ClusterId == cid && m.UnitId == a.UnitId));
        }

        var visible = viewer is null ? null : AssessmentAccess.Visible(db, viewer);
        var marked = visible is null
            ? assessments.Select(a => new { a, Visible = true })
            : assessments.Select(a => new { a, Visible = visible.Any(v => v.Id == a.Id) });
        return await marked.Join(db.Units, x => x.a.UnitId, u => u.Id, (x, u) => new { x.a, x.Visible, u })
            .Join(db.UnitKinds, x => x.u.KindId, k => k.Id, (x, k) => new Scoped(new Ranking.Input(x.a.Id, x.a.UnitId, x.u.Code, x.u.Name, k.Name,
                x.a.Status, x.a.SelfTotal, x.a.FinalTotal, x.a.Disagreement, x.a.PrerequisitesMet), x.Visible))
            .ToListAsync(ct);
    }
}
