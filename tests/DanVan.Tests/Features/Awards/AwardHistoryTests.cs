using DanVan.Features.Awards;

namespace DanVan.Tests.Features.Awards;

/// <summary>The pure rule behind "N consecutive years holding K" (issue 14 §4): distinct years, merit types only, ending at the year asked.</summary>
public sealed class AwardHistoryTests
{
    private const string Fighter = "chien-si-thi-dua-co-so";

    private static (string, int, CommendationType)[] Awards(params (string Code, int Year, CommendationType Type)[] awards) => awards;

    [Fact]
    public void Three_years_in_a_row_ending_at_the_year_asked_make_a_chain_of_three()
    {
        var awards = Awards((Fighter, 2023, CommendationType.Regular), (Fighter, 2024, CommendationType.Regular), (Fighter, 2025, CommendationType.Regular));
        AwardHistory.ConsecutiveYears(awards, Fighter, 2025).ShouldBe(3);
        AwardHistory.ConsecutiveYears(awards, Fighter, 2024).ShouldBe(2);
    }

    [Fact]
    public void A_gap_ends_the_chain_and_a_missing_ending_year_is_zero()
    {
        var awards = Awards((Fighter, 2022, CommendationType.Regular), (Fighter, 2024, CommendationType.Regular), (Fighter, 2025, CommendationType.Regular));
        AwardHistory.ConsecutiveYears(awards, Fighter, 2025).ShouldBe(2);
        AwardHistory.ConsecutiveYears(awards, Fighter, 2026).ShouldBe(0);
        AwardHistory.ConsecutiveYears(awards, Fighter, 2023).ShouldBe(0);
    }

    [Fact]
    public void Two_decisions_in_one_year_count_as_one_year()
    {
        var awards = Awards((Fighter, 2024, CommendationType.Regular), (Fighter, 2024, CommendationType.Regular), (Fighter, 2025, CommendationType.Regular));
        AwardHistory.ConsecutiveYears(awards, Fighter, 2025).ShouldBe(2);
    }

    [Fact]
    public void Thematic_and_extraordinary_awards_and_other_kinds_never_count()
    {
        var awards = Awards((Fighter, 2023, CommendationType.Regular), (Fighter, 2024, CommendationType.Thematic), (Fighter, 2025, CommendationType.Regular),
            ("lao-dong-tien-tien", 2024, CommendationType.Regular));
        AwardHistory.ConsecutiveYears(awards, Fighter, 2025).ShouldBe(1);
        var extraordinary = Awards((Fighter, 2025, CommendationType.Extraordinary));
        AwardHistory.ConsecutiveYears(extraordinary, Fighter, 2025).ShouldBe(0);
    }
}
