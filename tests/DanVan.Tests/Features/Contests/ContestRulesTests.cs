using DanVan.Features.Contests;
using DanVan.Features.Demo;
using DanVan.Features.Movements;

namespace DanVan.Tests.Features.Contests;

/// <summary>The shape rules of a contest's configuration (pure): the seed-004 rules pass, and each broken rule is refused with its Vietnamese message.</summary>
public sealed class ContestRulesTests
{
    private static readonly DateOnly Today = new(2026, 5, 4);

    private static ContestInput Valid() => DemoContests.Input(Guid.NewGuid(), Guid.NewGuid(), [new ParticipantInput { UnitId = Guid.NewGuid(), IncludeDescendants = true }], Today);

    [Fact]
    public void The_seed_004_rules_are_valid() => ContestRules.Check(Valid()).ShouldBeNull();

    [Fact]
    public void Criteria_must_sum_to_the_part_maximum()
    {
        var input = Valid();
        input.Rounds![0].Parts![1].Criteria![0].MaxPoints = 20;
        var error = ContestRules.Check(input)!;
        error.Code.ShouldBe("contest.criteria_sum");
        error.Message.ShouldBe("Vòng 1, phần thi 2: tổng điểm các tiêu chí (35) phải bằng điểm tối đa của phần thi (40).");
    }

    [Fact]
    public void A_judged_part_needs_criteria_and_a_quiz_does_not()
    {
        var input = Valid();
        input.Rounds![1].Parts![1].Criteria = [];
        ContestRules.Check(input)!.Code.ShouldBe("contest.criteria");
        Valid().Rounds![0].Parts![0].Criteria.ShouldBeNull();
    }

    /// <summary>A performance's time comes with its penalty per minute over (within the part's maximum); a quiz's time is its devices' timer only.</summary>
    [Fact]
    public void A_time_limit_comes_with_its_overtime_penalty_on_a_performance_and_a_quiz_has_device_minutes()
    {
        var seed = Valid().Rounds![1].Parts![1];
        (seed.TimeLimitMinutes, seed.OvertimePenaltyPerMinute).ShouldBe((7, 0.5m));
        foreach (var (limit, per) in new (int?, decimal?)[] { (7, null), (null, 0.5m), (0, 0.5m), (181, 0.5m), (7, 0m), (7, 51m) })
        {
            var input = Valid();
            (input.Rounds![1].Parts![1].TimeLimitMinutes, input.Rounds[1].Parts![1].OvertimePenaltyPerMinute) = (limit, per);
            var error = ContestRules.Check(input)!;
            error.Code.ShouldBe("contest.overtime", $"{limit} phút, {per} điểm");
            error.Message.ShouldStartWith("Vòng 2, phần thi 2: thời gian trình bày");
        }

        var quiz = Valid();
        (quiz.Rounds![0].Parts![0].TimeLimitMinutes, quiz.Rounds[0].Parts![0].OvertimePenaltyPerMinute) = (5, 1m);
        ContestRules.Check(quiz)!.Code.ShouldBe("contest.overtime");
        quiz.Rounds[0].Parts![0] = new PartInput { Name = "Trắc nghiệm", Kind = PartKind.Quiz, MaxPoints = 30, QuizMinutes = 0 };
        ContestRules.Check(quiz)!.Code.ShouldBe("contest.quiz_minutes");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1.5)]
    public void Top_n_must_be_a_positive_whole_number(double n)
    {
        var input = Valid();
        input.Rounds![0].AdvanceValue = (decimal)n;
        ContestRules.Check(input)!.Code.ShouldBe("contest.top_n");
    }

    [Fact]
    public void A_minimum_score_lies_within_the_rounds_total()
    {
        var input = Valid();
        input.Rounds![0].Advancement = Advancement.MinimumScore;
        input.Rounds[0].AdvanceValue = 101;
        ContestRules.Check(input)!.Message.ShouldContain("không quá tổng điểm của vòng (100)");
        input.Rounds[0].AdvanceValue = 70;
        ContestRules.Check(input).ShouldBeNull();
    }

    [Fact]
    public void A_round_before_the_last_says_who_goes_on_and_the_last_says_nobody()
    {
        var input = Valid();
        input.Rounds![0].Advancement = Advancement.None;
        ContestRules.Check(input)!.Code.ShouldBe("contest.advancement");
        input = Valid();
        input.Rounds![1].Advancement = Advancement.TopOverall;
        input.Rounds[1].AdvanceValue = 3;
        ContestRules.Check(input)!.Code.ShouldBe("contest.advancement_last");
    }

    [Fact]
    public void The_final_is_last_and_a_preliminary_needs_clusters()
    {
        var input = Valid();
        input.Rounds!.Reverse();
        ContestRules.Check(input)!.Code.ShouldBe("contest.final_last");
        input = Valid();
        input.Clusters = [];
        ContestRules.Check(input)!.Code.ShouldBe("contest.preliminary_clusters");
    }

    [Fact]
    public void The_registration_deadline_comes_before_the_contest()
    {
        var input = Valid();
        input.RegistrationDeadline = input.StartsOn;
        var error = ContestRules.Check(input)!;
        error.Code.ShouldBe("contest.deadline");
        error.Message.ShouldBe("Hạn đăng ký đội thi phải trước ngày bắt đầu hội thi.");
        input = Valid();
        input.EndsOn = input.StartsOn!.Value.AddDays(-1);
        ContestRules.Check(input)!.Code.ShouldBe("contest.dates");
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(4, 3)]
    [InlineData(1, 31)]
    public void Team_size_is_sensible(int min, int max)
    {
        var input = Valid();
        (input.TeamMin, input.TeamMax) = (min, max);
        ContestRules.Check(input)!.Code.ShouldBe("contest.team_size");
    }

    [Fact]
    public void Tie_break_names_each_part_of_the_round_once()
    {
        var input = Valid();
        input.Rounds![0].TieBreak = [2, 2];
        ContestRules.Check(input)!.Code.ShouldBe("contest.tie_break");
        input.Rounds[0].TieBreak = [4];
        ContestRules.Check(input)!.Code.ShouldBe("contest.tie_break");
    }

    [Fact]
    public void A_late_penalty_is_not_negative_nor_above_the_part()
    {
        var input = Valid();
        input.Rounds![1].Parts![0].LatePenaltyPerDay = -0.5m;
        ContestRules.Check(input)!.Code.ShouldBe("contest.penalty");
    }

    [Fact]
    public void Clusters_have_distinct_names_and_the_eligible_units_are_given()
    {
        var input = Valid();
        input.Clusters = ["Cụm 1", "cụm 1"];
        ContestRules.Check(input)!.Code.ShouldBe("contest.cluster_duplicate");
        input = Valid();
        input.Eligible = [];
        ContestRules.Check(input)!.Code.ShouldBe("contest.eligible");
    }

    [Theory]
    [InlineData("Phó Chủ tịch UBND xã", true)]
    [InlineData("CONG CHUC Tư pháp – Hộ tịch", true)]
    [InlineData("Chuyên viên", false)]
    [InlineData(null, false)]
    public void A_position_is_allowed_when_it_holds_an_allowed_one_without_accents_or_case(string? position, bool allowed) =>
        TeamMembers.PositionAllowed(["Chủ tịch UBND", "Công chức"], position).ShouldBe(allowed);
}
