using DanVan.Features.Models;

namespace DanVan.Tests.Features.Models;

/// <summary>The rubric's pure rules: what a version may be, and what a set of scores must be against it.</summary>
public sealed class ModelRubricRulesTests
{
    private static readonly CriterionSpec[] Three = [new("a", "Tiêu chí A", null, 5), new("b", "Tiêu chí B", "Hướng dẫn B", 10), new("c", "Tiêu chí C", null, 20)];

    private static ModelRubric ThreeCriteria(int min = 0) =>
        ModelRubric.Create(Guid.Empty, 2, new DateOnly(2027, 1, 1), min, Three, "Hướng dẫn số 01-HD/BTGDVTU", null, null, "thử").Value!;

    [Fact]
    public void The_default_is_the_four_qualities_of_seed_003_scored_1_to_10()
    {
        var rubric = ModelRubric.Default(Guid.Empty);
        rubric.Criteria.Select(c => (c.Code, c.Name, c.MaxScore)).ShouldBe(
            [("truthful", "Trung thực", 10), ("effective", "Hiệu quả, lan tỏa", 10), ("sustainable", "Bền vững", 10), ("replicable", "Khả năng nhân rộng", 10)]);
        (rubric.Version, rubric.MinScore, rubric.MaxTotal, rubric.EffectiveFrom).ShouldBe((1, 1, 40, new DateOnly(2020, 6, 4)));
        rubric.Citation.ShouldStartWith("Kế hoạch số 70/KH-UBND ngày 04/6/2020 của Ủy ban nhân dân tỉnh Quảng Ngãi");
    }

    public static TheoryData<string, int, CriterionSpec[], string, string> BadVersions => new()
    {
        { "no criterion", 1, [], "x", "rubric.no_criteria" },
        { "too many", 1, [.. Enumerable.Range(0, ModelRubric.MaxCriteria + 1).Select(i => new CriterionSpec($"c{i}", $"Tiêu chí {i}", null, 10))], "x", "rubric.too_many" },
        { "same code twice", 1, [new("a", "A", null, 10), new("a", "B", null, 10)], "x", "rubric.duplicate" },
        { "code with diacritics", 1, [new("trung-thực", "Trung thực", null, 10)], "x", "rubric.code" },
        { "upper-case code", 1, [new("A", "A", null, 10)], "x", "rubric.code" },
        { "empty code", 1, [new("", "A", null, 10)], "x", "rubric.code" },
        { "code too long", 1, [new(new string('a', ModelRubricCriterion.CodeMax + 1), "A", null, 10)], "x", "rubric.code" },
        { "empty name", 1, [new("a", " ", null, 10)], "x", "rubric.name" },
        { "name too long", 1, [new("a", new string('x', ModelRubricCriterion.NameMax + 1), null, 10)], "x", "too_long" },
        { "guidance too long", 1, [new("a", "A", new string('x', ModelRubricCriterion.GuidanceMax + 1), 10)], "x", "too_long" },
        { "max equal to min", 5, [new("a", "A", null, 5)], "x", "rubric.max_score" },
        { "max below min", 5, [new("a", "A", null, 3)], "x", "rubric.max_score" },
        { "max above the ceiling", 1, [new("a", "A", null, ModelRubric.ScoreCeiling + 1)], "x", "rubric.max_score" },
        { "negative min", -1, [new("a", "A", null, 10)], "x", "rubric.min_score" },
        { "no citation", 1, [new("a", "A", null, 10)], " ", "rubric.citation" },
        { "citation too long", 1, [new("a", "A", null, 10)], new string('x', ModelRubric.CitationMax + 1), "too_long" },
    };

    [Theory]
    [MemberData(nameof(BadVersions))]
    public void A_version_that_breaks_a_rule_is_refused_with_a_Vietnamese_reason(string why, int min, CriterionSpec[] criteria, string citation, string code)
    {
        var result = ModelRubric.Create(Guid.Empty, 2, new DateOnly(2027, 1, 1), min, criteria, citation, null, null, "thử");
        result.Error.ShouldNotBeNull(why).Code.ShouldBe(code, why);
        result.Error.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_version_keeps_its_criteria_in_order_each_with_its_own_maximum()
    {
        var rubric = ThreeCriteria();
        rubric.Criteria.Select(c => (c.Code, c.Order, c.MaxScore)).ShouldBe([("a", 0, 5), ("b", 1, 10), ("c", 2, 20)]);
        rubric.MaxTotal.ShouldBe(35);
        rubric.Criteria[1].Guidance.ShouldBe("Hướng dẫn B");
    }

    public static TheoryData<string, Dictionary<string, int?>?, string?> Scores => new()
    {
        { "every criterion within its scale", new() { ["a"] = 5, ["b"] = 0, ["c"] = 20 }, null },
        { "nothing", null, "rubric.score_required" },
        { "one missing", new() { ["a"] = 5, ["b"] = 3 }, "rubric.score_required" },
        { "one empty", new() { ["a"] = 5, ["b"] = null, ["c"] = 1 }, "rubric.score_required" },
        { "an unknown criterion", new() { ["a"] = 5, ["b"] = 3, ["c"] = 1, ["truthful"] = 8 }, "rubric.unknown_criterion" },
        { "above a small maximum", new() { ["a"] = 6, ["b"] = 3, ["c"] = 1 }, "rubric.score_scale" },
        { "above a large maximum", new() { ["a"] = 1, ["b"] = 3, ["c"] = 21 }, "rubric.score_scale" },
        { "below the minimum", new() { ["a"] = -1, ["b"] = 3, ["c"] = 1 }, "rubric.score_scale" },
    };

    [Theory]
    [MemberData(nameof(Scores))]
    public void Scores_must_cover_every_criterion_of_the_version_each_within_its_scale(string why, Dictionary<string, int?>? scores, string? code) =>
        (ThreeCriteria().Check(scores)?.Code).ShouldBe(code, why);

    [Fact]
    public void The_message_names_the_criterion_and_its_scale()
    {
        ThreeCriteria().Check(new Dictionary<string, int?> { ["a"] = 1, ["b"] = 3, ["c"] = 21 })!.Message.ShouldBe("Điểm tiêu chí “Tiêu chí C” phải từ 0 đến 20.");
        ThreeCriteria(1).Check(new Dictionary<string, int?> { ["a"] = 1, ["c"] = 2 })!.Message.ShouldBe("Vui lòng chấm điểm tiêu chí “Tiêu chí B”.");
    }

    [Fact]
    public void A_review_keeps_its_version_and_totals_its_scores()
    {
        var rubric = ThreeCriteria();
        var review = new ModelReview(Guid.Empty, Guid.Empty, 1, Guid.Empty, "x", rubric, new Dictionary<string, int> { ["a"] = 4, ["b"] = 9, ["c"] = 17 }, null);
        (review.RubricId, review.Total, review.Scores.Count).ShouldBe((rubric.Id, 30, 3));
        Should.Throw<InvalidOperationException>(() =>
            new ModelReview(Guid.Empty, Guid.Empty, 1, Guid.Empty, "x", rubric, new Dictionary<string, int> { ["a"] = 6, ["b"] = 9, ["c"] = 17 }, null));
    }
}
