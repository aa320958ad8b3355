using DanVan.Features.Contests;

namespace DanVan.Tests.Features.Contests;

/// <summary>The standings calculator (pure): means and trimmed means traced to the sheets, penalties shown, no-shows, shared ranks and the three advancement rules.</summary>
public sealed class ContestStandingsTests
{
    private static readonly Guid ClusterA = Guid.NewGuid();
    private static readonly Guid ClusterB = Guid.NewGuid();
    private static readonly StandingsPart Quiz = new(Guid.NewGuid(), 1, "Kiến thức", 30, null, null, 5);
    private static readonly StandingsPart Sketch = new(Guid.NewGuid(), 2, "Tiểu phẩm", 50, 0.5m, 1, 5);

    private static StandingsTeam Team(string name, Guid? cluster = null) => new(Guid.NewGuid(), name, cluster ?? ClusterA, "Cụm", 1);

    private static IEnumerable<StandingsSheet> Sheets(StandingsPart part, StandingsTeam team, params decimal[] totals) =>
        totals.Select((t, i) => new StandingsSheet(Guid.NewGuid(), part.Id, team.Id, Guid.NewGuid(), $"Giám khảo {i + 1}", t));

    private static IReadOnlyList<StandingRow> Compute(IReadOnlyList<StandingsTeam> teams, IEnumerable<StandingsSheet> sheets, Advancement rule = Advancement.None,
        decimal? n = null, params StandingsAttendance[] attendance) =>
        ContestStandings.Compute(new StandingsInput([Quiz, Sketch], teams, [.. sheets], attendance, rule, n));

    [Fact]
    public void Fewer_judges_than_the_threshold_give_the_plain_mean()
    {
        var score = ContestStandings.Score(Sketch, [.. Sheets(Sketch, Team("A"), 40, 42, 45, 41)], null);
        score.Trimmed.ShouldBeFalse();
        score.Raw.ShouldBe(42m);
        score.Sheets.ShouldAllBe(s => !s.Dropped);
    }

    [Fact]
    public void From_the_threshold_on_the_highest_and_the_lowest_sheet_are_dropped_and_marked()
    {
        var score = ContestStandings.Score(Sketch, [.. Sheets(Sketch, Team("A"), 40, 42, 50, 41, 30)], null);
        score.Trimmed.ShouldBeTrue();
        score.Raw.ShouldBe(41m); // (40 + 42 + 41) / 3
        score.Sheets.Where(s => s.Dropped).Select(s => s.Total).ShouldBe([30m, 50m], ignoreOrder: true);
        score.Sheets.Count.ShouldBe(5);
    }

    [Fact]
    public void The_threshold_is_data_of_the_part_and_the_mean_is_rounded_to_two_decimals()
    {
        var part = Sketch with { TrimFrom = 3 };
        var score = ContestStandings.Score(part, [.. Sheets(part, Team("A"), 40, 41, 45)], null);
        score.Trimmed.ShouldBeTrue();
        score.Raw.ShouldBe(41m);
        ContestStandings.Score(Sketch, [.. Sheets(Sketch, Team("A"), 40, 41, 41)], null).Raw.ShouldBe(40.67m);
    }

    [Fact]
    public void A_late_penalty_is_applied_visibly_and_never_below_zero()
    {
        var team = Team("A");
        var score = ContestStandings.Score(Sketch, [.. Sheets(Sketch, team, 40, 42)], new StandingsAttendance(Sketch.Id, team.Id, false, 3));
        (score.Raw, score.DaysLate, score.Penalty, score.Final).ShouldBe((41m, 3, 1.5m, 39.5m));
        var tiny = ContestStandings.Score(Sketch, [.. Sheets(Sketch, team, 1)], new StandingsAttendance(Sketch.Id, team.Id, false, 10));
        (tiny.Penalty, tiny.Final).ShouldBe((1m, 0m));
    }

    /// <summary>Overtime: each started minute over the part's time costs its penalty per minute, added to a late penalty, together never below zero; a part without a time ignores it.</summary>
    [Fact]
    public void Overtime_costs_each_started_minute_and_adds_to_a_late_penalty()
    {
        var team = Team("A");
        var timed = Sketch with { OvertimePerMinute = 0.5m };
        var score = ContestStandings.Score(timed, [.. Sheets(timed, team, 40, 42)], new StandingsAttendance(timed.Id, team.Id, false, 0, 61));
        (score.OvertimeMinutes, score.Penalty, score.Final, score.PenaltyReason).ShouldBe((2, 1m, 40m, "quá giờ 2 phút"));
        var both = ContestStandings.Score(timed, [.. Sheets(timed, team, 40, 42)], new StandingsAttendance(timed.Id, team.Id, false, 1, 60));
        (both.Penalty, both.Final, both.PenaltyReason).ShouldBe((1m, 40m, "nộp muộn 1 ngày; quá giờ 1 phút"));
        ContestStandings.Score(timed, [.. Sheets(timed, team, 1)], new StandingsAttendance(timed.Id, team.Id, false, 0, 600)).Final.ShouldBe(0m);
        ContestStandings.Score(Sketch, [.. Sheets(Sketch, team, 40)], new StandingsAttendance(Sketch.Id, team.Id, false, 0, 600)).Penalty.ShouldBe(0m);
    }

    [Fact]
    public void A_no_show_scores_zero_for_the_part_and_a_team_absent_from_every_part_never_advances()
    {
        var (a, b, absent) = (Team("A"), Team("B"), Team("C"));
        var sheets = Sheets(Quiz, a, 20).Concat(Sheets(Sketch, a, 30)).Concat(Sheets(Quiz, b, 25)).Concat(Sheets(Sketch, b, 45)).Concat(Sheets(Sketch, absent, 50));
        var rows = Compute([a, b, absent], sheets, Advancement.TopPerCluster, 3,
            new StandingsAttendance(Sketch.Id, b.Id, true, 0), new StandingsAttendance(Quiz.Id, absent.Id, true, 0), new StandingsAttendance(Sketch.Id, absent.Id, true, 0));
        var rowB = rows.Single(r => r.TeamId == b.Id);
        rowB.Parts[1].NoShow.ShouldBeTrue();
        rowB.Parts[1].Final.ShouldBe(0m);
        rowB.Total.ShouldBe(25m);
        rowB.Advances.ShouldBeTrue(); // absent from one part only: 0 there, still ranked on points
        var rowC = rows.Single(r => r.TeamId == absent.Id);
        (rowC.NoShow, rowC.Total, rowC.Advances, rowC.Rank).ShouldBe((true, 0m, false, 3));
        rowC.Parts[1].Sheets.ShouldAllBe(s => s.Dropped);
    }

    [Fact]
    public void Equal_totals_and_equal_tie_break_scores_share_a_rank_and_the_tie_break_separates_the_others()
    {
        var (a, b, c, d) = (Team("A"), Team("B"), Team("C"), Team("D"));
        var sheets = Sheets(Quiz, a, 20).Concat(Sheets(Sketch, a, 40))    // 60, sketch 40
            .Concat(Sheets(Quiz, b, 20)).Concat(Sheets(Sketch, b, 40))    // 60, sketch 40: tied with A
            .Concat(Sheets(Quiz, c, 15)).Concat(Sheets(Sketch, c, 45))    // 60, sketch 45: above A and B
            .Concat(Sheets(Quiz, d, 10)).Concat(Sheets(Sketch, d, 30));   // 40
        var rows = Compute([a, b, c, d], sheets);
        rows.Select(r => (r.Name, r.Rank)).ShouldBe([("C", 1), ("A", 2), ("B", 2), ("D", 4)]);
        rows.ShouldAllBe(r => r.Complete);
    }

    [Fact]
    public void Without_a_tie_break_part_equal_totals_share_the_rank()
    {
        var quiz = Quiz;
        var sketch = Sketch with { TieBreakRank = null };
        var (a, b) = (Team("A"), Team("B"));
        var sheets = Sheets(quiz, a, 20).Concat(Sheets(sketch, a, 40)).Concat(Sheets(quiz, b, 25)).Concat(Sheets(sketch, b, 35));
        var rows = ContestStandings.Compute(new StandingsInput([quiz, sketch], [a, b], [.. sheets], [], Advancement.None, null));
        rows.Select(r => r.Rank).ShouldBe([1, 1]);
    }

    [Fact]
    public void Top_per_cluster_ranks_within_each_cluster()
    {
        var (a1, a2, a3, b1, b2) = (Team("A1", ClusterA), Team("A2", ClusterA), Team("A3", ClusterA), Team("B1", ClusterB), Team("B2", ClusterB));
        var sheets = new[] { (a1, 50m), (a2, 45m), (a3, 44m), (b1, 30m), (b2, 20m) }.SelectMany(x => Sheets(Sketch, x.Item1, x.Item2).Concat(Sheets(Quiz, x.Item1, 10)));
        var rows = Compute([a1, a2, a3, b1, b2], sheets, Advancement.TopPerCluster, 2);
        rows.Where(r => r.Advances).Select(r => r.Name).ShouldBe(["A1", "A2", "B1", "B2"], ignoreOrder: true);
        rows.Single(r => r.Name == "B1").ClusterRank.ShouldBe(1);
        rows.Single(r => r.Name == "B1").Rank.ShouldBe(4);
    }

    [Fact]
    public void Top_overall_lets_every_team_tied_at_the_cut_go_on()
    {
        var (a, b, c, d) = (Team("A"), Team("B", ClusterB), Team("C"), Team("D"));
        var sheets = new[] { (a, 50m), (b, 40m), (c, 40m), (d, 30m) }.SelectMany(x => Sheets(Sketch, x.Item1, x.Item2).Concat(Sheets(Quiz, x.Item1, 10)));
        var rows = Compute([a, b, c, d], sheets, Advancement.TopOverall, 2);
        rows.Where(r => r.Advances).Select(r => r.Name).ShouldBe(["A", "B", "C"], ignoreOrder: true);
    }

    [Fact]
    public void A_minimum_score_lets_every_team_reaching_it_go_on()
    {
        var (a, b, c) = (Team("A"), Team("B"), Team("C"));
        var sheets = new[] { (a, 50m), (b, 40m), (c, 39.99m) }.SelectMany(x => Sheets(Sketch, x.Item1, x.Item2).Concat(Sheets(Quiz, x.Item1, 10)));
        var rows = Compute([a, b, c], sheets, Advancement.MinimumScore, 50);
        rows.Where(r => r.Advances).Select(r => r.Name).ShouldBe(["A", "B"], ignoreOrder: true);
    }

    [Fact]
    public void A_part_without_sheets_is_not_scored_yet_and_the_row_is_incomplete()
    {
        var a = Team("A");
        var row = Compute([a], Sheets(Quiz, a, 20)).Single();
        row.Parts[1].Scored.ShouldBeFalse();
        row.Complete.ShouldBeFalse();
        row.Total.ShouldBe(20m);
    }

    [Fact]
    public void A_team_with_no_score_in_any_part_never_goes_on_even_when_the_rule_would_take_it()
    {
        var (a, b, c) = (Team("A"), Team("B"), Team("C"));
        var rows = Compute([a, b, c], Sheets(Sketch, a, 40).Concat(Sheets(Sketch, b, 30)), Advancement.TopPerCluster, 3);
        rows.Single(r => r.TeamId == c.Id).ShouldSatisfyAllConditions(r => r.Advances.ShouldBeFalse(), r => r.NoShow.ShouldBeFalse(), r => r.Complete.ShouldBeFalse());
        rows.Where(r => r.Advances).Select(r => r.TeamId).ShouldBe([a.Id, b.Id], ignoreOrder: true);
        Compute([a, c], Sheets(Sketch, a, 40), Advancement.TopOverall, 2).Single(r => r.TeamId == c.Id).Advances.ShouldBeFalse();
    }
}
