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
        if (!(await GetRanking.FindAsync(db, user, roundId, null, withCriteria: false, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (round, set) = (found.Round, found.Set);
        var ranks = set.Bands.OrderBy(b => b.Seq).Select(b => b.Label).Append(Ledger.NotEligibleLabel).Append(NoResultLabel).ToList();
        // Every unit of the round (positions count over the whole round), each marked with whether the caller may see it.
        var scoped = await GetRanking.InputsAsync(db, roundId, user, null, ct);
        var inputs = scoped.Select(i => i.Input).ToList();
        var visible = scoped.Where(i => i.Visible).Select(i => i.Input.AssessmentId).ToHashSet();
        var ranking = Ranking.Compute(set, inputs);
        var rows = ranking.Rows.Where(r => visible.Contains(r.AssessmentId)).OrderBy(r => r.Position ?? int.MaxValue).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList();

        var byKind = rows.GroupBy(r => r.UnitKind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RankGroup(g.Key, Count(ranks, g.Select(r => Column(ranks, r.Rank, r.BandSeq))), g.Count())).ToList();

        var tenantId = user.TenantId;
        var year = round.Year;
        // The clusters and blocs of the round's year with their members, in one query (a cluster without members shows nothing).
        var members = await db.EmulationClusters.AsNoTracking().Where(c => c.TenantId == tenantId && c.Year == year)
            .Join(db.ClusterMembers, c => c.Id, m => m.ClusterId, (c, m) => new { c.Id, c.Name, c.Kind, m.UnitId })
            .OrderBy(x => x.Kind).ThenBy(x => x.Name).ThenBy(x => x.Id).ToListAsync(ct);
        // GroupBy keeps the order of first appearance: the database's order of kinds and names, as before.
        var clusters = members.GroupBy(m => (m.Id, m.Name, m.Kind)).Select(g => (g.Key.Id, g.Key.Name, g.Key.Kind, Units: g.Select(m => m.UnitId).ToHashSet()))
            .ToList();
        var byCluster = new List<ClusterResult>();
        foreach (var c in clusters)
        {
            var within = Ranking.Compute(set, inputs.Where(i => c.Units.Contains(i.UnitId)).ToList());
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
