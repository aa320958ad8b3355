namespace DanVan.Features.Assessments;

/// <summary>
/// The ranking rule, stated once (issue 13 §5): an appraised unit that meets every prerequisite takes the band its final
/// total reaches; one that fails a prerequisite is "not eligible for ranking" whatever its points; one not yet appraised
/// has no rank. Positions run by final total (highest first); equal totals share a position and are marked as tied —
/// never broken silently. When the set caps the share of the top rank and more units reach it, the table says so and
/// leaves the choice to the people who decide.
/// </summary>
public static class Ranking
{
    public sealed record Input(Guid AssessmentId, Guid UnitId, string UnitCode, string UnitName, string UnitKind, AssessmentStatus Status,
        decimal SelfTotal, decimal? FinalTotal, decimal Disagreement, bool PrerequisitesMet);

    public static RankingDto Compute(CriteriaSet set, IReadOnlyList<Input> units)
    {
        var bands = set.Bands.OrderBy(b => b.Seq).ToList();
        var rows = new List<RankingRow>(units.Count);
        var ranked = units.Where(Ranked).OrderByDescending(u => u.FinalTotal).ToList();
        var positions = new Dictionary<Guid, (int Position, bool Tied)>();
        // One pass over the sorted totals: a run of equal totals shares the position of its first unit (a national round
        // ranks 3,321 communes; searching the list again for every unit was quadratic).
        for (var first = 0; first < ranked.Count;)
        {
            var end = first + 1;
            while (end < ranked.Count && ranked[end].FinalTotal == ranked[first].FinalTotal)
            {
                end++;
            }

            for (var i = first; i < end; i++)
            {
                positions[ranked[i].AssessmentId] = (first + 1, end - first > 1);
            }

            first = end;
        }

        foreach (var u in units)
        {
            var (bandSeq, label) = Ranked(u) ? Band(bands, u.FinalTotal!.Value)
                : u.Status is AssessmentStatus.Appraised or AssessmentStatus.Appealed ? ((int?)null, Ledger.NotEligibleLabel)
                : (null, u.Status is AssessmentStatus.Draft or AssessmentStatus.Returned ? "Chưa nộp" : "Chưa thẩm định");
            var position = positions.TryGetValue(u.AssessmentId, out var p) ? p : ((int Position, bool Tied)?)null;
            rows.Add(new RankingRow(u.AssessmentId, u.UnitId, u.UnitCode, u.UnitName, u.UnitKind, u.Status, u.SelfTotal, u.FinalTotal, u.Disagreement,
                bandSeq, label, position?.Position, position?.Tied ?? false));
        }

        var top = rows.Count(r => r.BandSeq == 1);
        int? allowed = set.TopRankCapPercent is { } cap ? (int)Math.Floor(ranked.Count * cap / 100m) : null;
        var warning = allowed is { } a && top > a
            ? $"{top} đơn vị đạt mức “{bands[0].Label}”, vượt tỷ lệ tối đa {set.TopRankCapPercent}% ({a} trên {ranked.Count} đơn vị được xếp loại). "
              + "Hệ thống không tự loại đơn vị nào: tổ thẩm định và cấp có thẩm quyền xem xét trước khi quyết định."
            : null;
        var distribution = bands.Select(b => new RankCount(b.Label, rows.Count(r => r.BandSeq == b.Seq)))
            .Append(new RankCount(Ledger.NotEligibleLabel, rows.Count(r => r.Rank == Ledger.NotEligibleLabel)))
            .Append(new RankCount("Chưa có kết quả", rows.Count(r => r.BandSeq is null && r.Rank != Ledger.NotEligibleLabel))).ToList();
        return new RankingDto(rows, ranked.Count, top, set.TopRankCapPercent, allowed, warning, distribution);
    }

    private static bool Ranked(Input u) => u.Status is AssessmentStatus.Appraised or AssessmentStatus.Appealed && u.PrerequisitesMet && u.FinalTotal is not null;

    private static (int?, string) Band(IReadOnlyList<RankBand> bands, decimal total)
    {
        var band = bands.First(b => total >= b.MinPoints);
        return (band.Seq, band.Label);
    }
}
