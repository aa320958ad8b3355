using DanVan.Features.Accounts;
using DanVan.Features.Clusters;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// The results of a round (issue 13 §5), for the units the caller may view: how many units reached each rank per unit kind
/// and per emulation cluster or bloc of the round's year (with each group's own ranking table), and year over year — the
/// decided rounds' official ratings ("theo Quyết định …") next to this round's ranks while they are still proposed ("đề
/// xuất"). Every count comes from <see cref="Ranking.Compute"/> or from the <see cref="UnitRating"/> rows a decision wrote.
/// </summary>
public static class GetResults
{
    public const string NoResultLabel = "Chưa có kết quả";
    public const int Years = 5;

    public static async Task<Result<ResultsDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid roundId, CancellationToken ct)
    {
        if (!(await AssessmentAccess.FindRoundAsync(db, user, roundId, ct)).TryGet(out var round, out var error))
        {
            return error;
        }

        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Bands).FirstAsync(s => s.Id == round.CriteriaSetId, ct);
        var ranks = set.Bands.OrderBy(b => b.Seq).Select(b => b.Label).Append(Ledger.NotEligibleLabel).Append(NoResultLabel).ToList();
        var visible = (await AssessmentAccess.Visible(db, user).Where(a => a.RoundId == roundId).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var inputs = await GetRanking.InputsAsync(db, roundId, ct);
        var ranking = Ranking.Compute(set, inputs);
        var rows = ranking.Rows.Where(r => visible.Contains(r.AssessmentId)).OrderBy(r => r.Position ?? int.MaxValue).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList();

        var byKind = rows.GroupBy(r => r.UnitKind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RankGroup(g.Key, Count(ranks, g.Select(r => Column(ranks, r.Rank, r.BandSeq))), g.Count())).ToList();

        var tenantId = user.TenantId;
        var year = round.Year;
        var clusters = await db.EmulationClusters.AsNoTracking().Where(c => c.TenantId == tenantId && c.Year == year).OrderBy(c => c.Kind).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Kind }).ToListAsync(ct);
        var clusterIds = clusters.Select(c => c.Id).ToList();
        var members = (await db.ClusterMembers.Where(m => clusterIds.Contains(m.ClusterId)).Select(m => new { m.ClusterId, m.UnitId }).ToListAsync(ct))
            .ToLookup(m => m.ClusterId, m => m.UnitId);
        var byCluster = new List<ClusterResult>();
        foreach (var c in clusters)
        {
            var units = members[c.Id].ToHashSet();
            var within = Ranking.Compute(set, inputs.Where(i => units.Contains(i.UnitId)).ToList());
            var shown = within.Rows.Where(r => visible.Contains(r.AssessmentId)).OrderBy(r => r.Position ?? int.MaxValue).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList();
            if (shown.Count == 0)
            {
                continue;
            }

            byCluster.Add(new ClusterResult(c.Id, c.Name, c.Kind, c.Kind.Label(), Count(ranks, shown.Select(r => Column(ranks, r.Rank, r.BandSeq))), shown.Count,
                within with { Rows = shown }));
        }

        var trend = await TrendAsync(db, user, round, ranks, rows, ct);
        return new ResultsDto(round.Id, round.Year, round.Name, round.Status, set.Citation, round.DecisionCitation, Basis(round), ranks,
            rows.Count, byKind, byCluster, trend, ranking with { Rows = rows });
    }

    /// <summary>"Theo Quyết định số …" once decided, "Đề xuất" before: the page and the export say which ranks are official.</summary>
    public static string Basis(AssessmentRound round) => round.DecisionCitation is { } c ? $"Theo {c}" : "Đề xuất (chưa có quyết định công nhận)";

    /// <summary>The decided ratings of earlier years (and of this one, once decided), with this round's proposed ranks while it is open.</summary>
    private static async Task<IReadOnlyList<YearResult>> TrendAsync(AppDbContext db, CurrentUser user, AssessmentRound round, IReadOnlyList<string> ranks,
        List<RankingRow> rows, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var year = round.Year;
        var visible = AssessmentAccess.Visible(db, user).Select(a => a.Id);
        var ratings = await db.UnitRatings.Where(r => r.TenantId == tenantId && r.Year <= year && r.Year > year - Years && visible.Contains(r.UnitAssessmentId))
            .GroupBy(r => new { r.Year, r.DecisionCitation, r.RankSeq, r.Label })
            .Select(g => new { g.Key.Year, g.Key.DecisionCitation, g.Key.RankSeq, g.Key.Label, Count = g.Count() }).ToListAsync(ct);
        var years = ratings.GroupBy(r => r.Year).Select(g => new YearResult(g.Key,
                "Theo " + string.Join("; ", g.Select(r => r.DecisionCitation).Distinct().Order(StringComparer.Ordinal)), false,
                Count(ranks, g.SelectMany(r => Enumerable.Repeat(Column(ranks, r.Label, r.RankSeq), r.Count))), g.Sum(r => r.Count)))
            .ToList();
        if (round.Status == RoundStatus.Open && rows.Count > 0)
        {
            years.Add(new YearResult(year, Basis(round), true, Count(ranks, rows.Select(r => Column(ranks, r.Rank, r.BandSeq))), rows.Count));
        }

        return years.OrderBy(y => y.Year).ThenBy(y => y.Proposed).ToList();
    }

    /// <summary>The column a rank counts in: its label, or the band of the same order when an older set named it differently; not ranked otherwise.</summary>
    private static int Column(IReadOnlyList<string> ranks, string label, int? bandSeq)
    {
        var i = ranks.IndexOf(label);
        return i >= 0 ? i
            : bandSeq is { } seq && seq <= ranks.Count - 2 ? seq - 1
            : ranks.Count - 1;
    }

    private static int[] Count(IReadOnlyList<string> ranks, IEnumerable<int> columns)
    {
        var counts = new int[ranks.Count];
        foreach (var c in columns)
        {
            counts[c]++;
        }

        return counts;
    }

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
