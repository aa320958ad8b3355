using DanVan.Features.Awards;
using DanVan.Features.Council;

namespace DanVan.Tests.Features.Council;

/// <summary>The rule arithmetic (ADR 0025): base × threshold × counts → percentage and pass/fail, with the sentence that explains it.</summary>
public sealed class VoteRuleTests
{
    private static readonly VoteRule Ninety = new(90m, VoteBase.AllMembers, false, true, "Điều 33 Nghị định 152/2025/NĐ-CP");

    public static IEnumerable<object[]> Table() =>
    [
        // threshold, base, strict, members, recused, present eligible, written opinions, valid, yes, expected base, expected %, passed
        [90m, VoteBase.AllMembers, false, 10, 1, 8, 1, 9, 7, 9, 77.77m, false ], // the demo: 7 of 9 (10 members, 1 recused)
        [90m, VoteBase.AllMembers, false, 10, 0, 10, 0, 10, 9, 10, 90m, true ], // exactly 90 % passes (≥)
        [90m, VoteBase.AllMembers, false, 11, 0, 11, 0, 11, 10, 11, 90.90m, true ],
        [90m, VoteBase.AllMembers, false, 11, 0, 9, 0, 9, 9, 11, 81.81m, false ], // every present member yes is not enough: absentees count in the base
        [80m, VoteBase.AllMembers, false, 10, 0, 8, 0, 8, 8, 10, 80m, true ], // Cờ thi đua của Chính phủ
        [90m, VoteBase.AllMembers, false, 3, 0, 3, 0, 3, 2, 3, 66.66m, false ], // rounded down for display, never up
        [50m, VoteBase.PresentMembers, true, 9, 0, 6, 0, 6, 3, 6, 50m, false ], // majority: exactly half is not more than half
        [50m, VoteBase.PresentMembers, true, 9, 0, 6, 1, 7, 4, 7, 57.14m, true ], // written opinions count among those taking part
        [50m, VoteBase.VotesCast, false, 9, 0, 9, 0, 5, 3, 5, 60m, true ],
        [50m, VoteBase.VotesCast, false, 9, 0, 9, 0, 0, 0, 0, 0m, false ], // nobody voted: never passes
        [90m, VoteBase.AllMembers, false, 2, 2, 0, 0, 0, 0, 0, 0m, false ], // everyone recused
    ];

    [Theory]
    [MemberData(nameof(Table))]
    public void The_tally_counts_the_rule_s_base_and_compares_exactly(decimal threshold, VoteBase voteBase, bool strict, int members, int recused,
        int presentEligible, int written, int valid, int yes, int expectedBase, decimal expectedPercent, bool passed)
    {
        var rule = new VoteRule(threshold, voteBase, strict, true, "Căn cứ thử");
        var tally = Tally.Compute(rule, new BallotCounts(valid, valid, valid, yes, valid - yes, 0), new Turnout(members, recused, presentEligible, written));
        tally.Base.ShouldBe(expectedBase);
        tally.Percent.ShouldBe(expectedPercent);
        tally.Passed.ShouldBe(passed);
        tally.Sentence.ShouldContain(passed ? "ĐẠT" : "KHÔNG ĐẠT");
        tally.Sentence.ShouldContain("Căn cứ: Căn cứ thử");
        tally.Sentence.ShouldContain(voteBase.Label());
    }

    [Fact]
    public void The_sentence_names_the_counts_the_base_the_recusals_the_threshold_and_the_citation()
    {
        var tally = Tally.Compute(Ninety, new BallotCounts(9, 9, 9, 7, 1, 1), new Turnout(10, 1, 8, 1));
        tally.Sentence.ShouldBe("7/9 phiếu đồng ý = 77,77 % tổng số thành viên Hội đồng (10 thành viên, trừ 1 thành viên không tham gia biểu quyết nội dung này); "
            + "yêu cầu ≥ 90 % tổng số thành viên Hội đồng — KHÔNG ĐẠT. Tỷ lệ làm tròn xuống 2 chữ số thập phân; so sánh với ngưỡng bằng số chính xác. "
            + "Căn cứ: Điều 33 Nghị định 152/2025/NĐ-CP.");
    }

    [Fact]
    public void An_award_without_a_threshold_is_voted_by_simple_majority_of_those_taking_part()
    {
        var rule = new VoteRule(50m, VoteBase.PresentMembers, true, false, "x; " + VoteRule.MajorityNote);
        rule.Requirement.ShouldBe("> 50 % số thành viên có mặt");
        Ninety.Requirement.ShouldBe("≥ 90 % tổng số thành viên Hội đồng");
    }

    public static TheoryData<int, int, int, int, int, int, int, string?> Counts() => new()
    {
        { 5, 5, 5, 3, 1, 1, 5, null },
        { 6, 5, 5, 3, 1, 1, 5, "Số phiếu phát ra (6) nhiều hơn số thành viên được biểu quyết (5)" },
        { 5, 6, 5, 3, 1, 1, 9, "Số phiếu thu về (6) nhiều hơn số phiếu phát ra (5)" },
        { 5, 4, 5, 3, 1, 1, 9, "Số phiếu hợp lệ (5) nhiều hơn số phiếu thu về (4)" },
        { 5, 5, 5, 3, 1, 0, 9, "khác số phiếu hợp lệ (5)" },
        { 5, 5, 5, -1, 5, 1, 9, "không âm" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Counts_that_do_not_add_up_are_refused_with_the_reason(int issued, int returned, int valid, int yes, int no, int abstain, int eligible,
        string? message)
    {
        var error = new BallotCounts(issued, returned, valid, yes, no, abstain).Check(eligible);
        if (message is null)
        {
            error.ShouldBeNull();
        }
        else
        {
            error.ShouldNotBeNull().Message.ShouldContain(message);
        }
    }

    [Fact]
    public void Two_entries_are_compared_field_by_field_never_averaged()
    {
        var first = new BallotCounts(9, 9, 9, 7, 1, 1);
        first.Differences(first).ShouldBeEmpty();
        first.Differences(new BallotCounts(9, 9, 9, 6, 2, 1)).ShouldBe(["Đồng ý: lần 1 = 7, lần 2 = 6", "Không đồng ý: lần 1 = 1, lần 2 = 2"]);
    }
}
