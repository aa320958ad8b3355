using DanVan.Features.Assessments;

namespace DanVan.Tests.Features.Assessments;

/// <summary>The ranking rule on its own: bands, ties shown, prerequisites, the top-rank cap shown and not resolved.</summary>
public sealed class RankingRulesTests
{
    private static CriteriaSet Set(int? cap) => CriteriaSet.Create(Guid.NewGuid(), 2026, 1, "Bộ tiêu chí", "QĐ 1", null, 10, cap,
        [new CriterionSpec("I", "1", "Tiêu chí", null, 90, CriterionKind.Scored, false, null)], CriteriaSet.DefaultBands).Value!;

    private static Ranking.Input Unit(string code, decimal? total, AssessmentStatus status = AssessmentStatus.Appraised, bool met = true) =>
        new(Guid.NewGuid(), Guid.NewGuid(), code, code, "Xã", status, total ?? 0, total, 0, met);

    [Fact]
    public void Equal_totals_share_a_position_and_are_marked_tied()
    {
        var ranking = Ranking.Compute(Set(null), [Unit("A", 91), Unit("B", 95), Unit("C", 91), Unit("D", 70)]);
        ranking.Rows.Select(r => (r.UnitCode, r.Position, r.Tied, r.Rank)).ShouldBe(
        [
            ("A", (int?)2, true, "Hoàn thành xuất sắc"), ("B", 1, false, "Hoàn thành xuất sắc"), ("C", 2, true, "Hoàn thành xuất sắc"), ("D", 4, false, "Hoàn thành tốt"),
        ]);
    }

    [Fact]
    public void In_a_national_round_each_position_is_one_more_than_the_units_with_a_higher_total()
    {
        var units = Enumerable.Range(0, 3321).Select(i => Unit($"X{i:D4}", 40 + (i * 7919 % 120) / 2m)).ToList();
        var rows = Ranking.Compute(Set(null), units).Rows;
        foreach (var row in rows)
        {
            var total = row.FinalTotal!.Value;
            row.Position.ShouldBe(1 + units.Count(u => u.FinalTotal > total), row.UnitCode);
            row.Tied.ShouldBe(units.Count(u => u.FinalTotal == total) > 1, row.UnitCode);
        }
    }

    [Fact]
    public void A_failed_prerequisite_is_not_eligible_whatever_the_points_and_unappraised_units_have_no_rank()
    {
        var ranking = Ranking.Compute(Set(null), [Unit("A", 99, met: false), Unit("B", 60), Unit("C", null, AssessmentStatus.Submitted), Unit("D", null, AssessmentStatus.Draft)]);
        ranking.Rows.Select(r => (r.UnitCode, r.Rank, r.Position)).ShouldBe(
            [("A", Ledger.NotEligibleLabel, (int?)null), ("B", "Hoàn thành", 1), ("C", "Chưa thẩm định", null), ("D", "Chưa nộp", null)]);
        ranking.Ranked.ShouldBe(1);
    }

    [Fact]
    public void The_top_rank_cap_is_shown_not_resolved()
    {
        var ranking = Ranking.Compute(Set(25), [Unit("A", 95), Unit("B", 92), Unit("C", 80), Unit("D", 75)]);
        ranking.TopRank.ShouldBe(2);
        ranking.CapAllowed.ShouldBe(1);
        ranking.CapWarning.ShouldStartWith("2 đơn vị đạt mức “Hoàn thành xuất sắc”, vượt tỷ lệ tối đa 25% (1 trên 4 đơn vị được xếp loại).");
        ranking.Rows.Count(r => r.BandSeq == 1).ShouldBe(2);
        Ranking.Compute(Set(50), [Unit("A", 95), Unit("B", 92), Unit("C", 80), Unit("D", 75)]).CapWarning.ShouldBeNull();
    }

    [Theory]
    [InlineData(90, "Hoàn thành xuất sắc")]
    [InlineData(89.99, "Hoàn thành tốt")]
    [InlineData(50, "Hoàn thành")]
    [InlineData(0, "Không hoàn thành")]
    public void A_total_takes_the_highest_band_it_reaches(decimal total, string label) => Ledger.BandOf(Set(null), total).Label.ShouldBe(label);

    [Fact]
    public void A_set_names_its_first_broken_rule()
    {
        CriteriaSet.Create(Guid.NewGuid(), 2026, 1, "B", "C", null, 10, null,
                [new CriterionSpec("I", "1", "T", null, 0, CriterionKind.Scored, false, null)], CriteriaSet.DefaultBands)
            .Error!.Message.ShouldBe("Tiêu chí 1: điểm tối đa phải lớn hơn 0, không quá 1.000, tối đa hai chữ số thập phân.");
        CriteriaSet.Create(Guid.NewGuid(), 2026, 1, "B", "C", null, 10, null,
                [new CriterionSpec("I", "1", "T", null, 10, CriterionKind.Scored, false, null)], [new BandSpec("Tốt", 50), new BandSpec("Khá", 20)])
            .Error!.Message.ShouldBe(AssessmentErrors.BandLowest.Message);
        CriteriaSet.Create(Guid.NewGuid(), 2026, 1, "B", " ", null, 10, null,
                [new CriterionSpec("I", "1", "T", null, 10, CriterionKind.Scored, false, null)], CriteriaSet.DefaultBands)
            .Error!.Field.ShouldBe("Citation");
    }
}
