using DanVan.Features.Awards;
using DanVan.Features.Ratings;
using DanVan.Infrastructure.Data;

namespace DanVan.Tests.Features.Awards;

/// <summary>The prize rule and the seeded catalogue as pure data: amounts, rounding, factors, dated versions, rule checks.</summary>
public sealed class PrizeTests
{
    private static readonly Actor Seeder = new(Guid.Empty, "test", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
    private static readonly Guid Tenant = Guid.CreateVersion7();
    private static readonly IReadOnlyList<AwardKind> Catalogue = AwardCatalogueSeed.Kinds(Tenant, Seeder);
    private static readonly IReadOnlyList<BaseSalary> Salaries = AwardCatalogueSeed.BaseSalaries(Tenant, Seeder).ToList();

    private static AwardKind Kind(string code) => Catalogue.Single(k => k.Code == code);

    private static BaseSalary SalaryOn(DateOnly day) => Salaries.Where(s => s.EffectiveFrom <= day).MaxBy(s => s.EffectiveFrom)!;

    private static long Amount(string code, AwardSubject subject, DateOnly day)
    {
        var kind = Kind(code);
        return Prize.Compute(kind, kind.VersionOn(day)!, subject, SalaryOn(day), day).Value!.Amount;
    }

    [Theory]
    [InlineData("bang-khen-chu-tich-tinh", AwardSubject.Individual, "2025-12-20", 3_510_000)] // 1.5 × 2,340,000 (DOMAIN §9's example)
    [InlineData("bang-khen-chu-tich-tinh", AwardSubject.Collective, "2025-12-20", 7_020_000)] // × 2
    [InlineData("bang-khen-chu-tich-tinh", AwardSubject.Household, "2025-12-20", 5_270_000)] // 1.5 × 3,510,000 = 5,265,000 → up
    [InlineData("giay-khen", AwardSubject.Individual, "2025-12-20", 710_000)] // 0.3 × 2,340,000 = 702,000 → up to 710,000
    [InlineData("giay-khen", AwardSubject.Collective, "2025-12-20", 1_420_000)] // 2 × the individual's rounded amount
    [InlineData("lao-dong-tien-tien", AwardSubject.Individual, "2024-05-10", 540_000)] // 0.3 × 1,800,000 (before 01/7/2024)
    [InlineData("lao-dong-tien-tien", AwardSubject.Individual, "2024-07-01", 710_000)] // the new base salary from its first day
    [InlineData("tap-the-lao-dong-tien-tien", AwardSubject.Collective, "2025-12-20", 1_880_000)] // collective-only title: 0.8 × base, no factor
    [InlineData("co-thi-dua-chinh-phu", AwardSubject.Collective, "2025-12-20", 28_080_000)]
    public void The_prize_is_the_multiple_of_the_base_salary_on_the_decision_date_rounded_up_to_ten_thousand(string code, AwardSubject subject, string date,
        long expected) =>
        Amount(code, subject, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void The_quote_explains_its_arithmetic_and_cites_both_sources()
    {
        var kind = Kind("giay-khen");
        var day = new DateOnly(2025, 12, 20);
        var quote = Prize.Compute(kind, kind.VersionOn(day)!, AwardSubject.Collective, SalaryOn(day), day).Value!;
        quote.Explanation.ShouldBe("0,3 × 2.340.000 đồng (mức lương cơ sở từ 01/07/2024) = 702.000 đồng, làm tròn lên 710.000 đồng cho cá nhân; tập thể gấp 2 lần = 1.420.000 đồng");
        quote.BaseCitation.ShouldContain("73/2024/NĐ-CP");
        quote.Citation.ShouldContain("Điều 54 Nghị định số 152/2025/NĐ-CP");
    }

    [Fact]
    public void An_award_without_prize_money_a_wrong_subject_or_a_missing_base_salary_says_so()
    {
        var family = Kind("gia-dinh-van-hoa");
        Prize.Compute(family, family.VersionOn(new DateOnly(2025, 1, 1))!, AwardSubject.Household, SalaryOn(new DateOnly(2025, 1, 1)), new DateOnly(2025, 1, 1)).Error!.Code.ShouldBe("award.no_prize");
        var flag = Kind("co-thi-dua-tinh");
        Prize.Compute(flag, flag.VersionOn(new DateOnly(2025, 8, 1))!, AwardSubject.Individual, SalaryOn(new DateOnly(2025, 8, 1)), new DateOnly(2025, 8, 1)).Error!.Message
            .ShouldBe("“Cờ thi đua của tỉnh” không dành cho cá nhân.");
        Prize.Compute(flag, flag.VersionOn(new DateOnly(2025, 8, 1))!, AwardSubject.Collective, null, new DateOnly(2025, 8, 1)).Error!.Message
            .ShouldBe("Chưa có mức lương cơ sở áp dụng vào ngày 01/08/2025: quản trị viên cần nhập bảng mức lương cơ sở.");
    }

    [Fact]
    public void Several_titles_for_the_same_period_keep_only_the_highest_prize() =>
        (Prize.HighestOnly([710_000, 2_340_000, 2_340_000, 540_000]), Prize.HighestOnly([])).ShouldBe((1, -1));

    [Fact]
    public void The_district_chairman_decides_until_30_June_2025_and_no_longer_from_1_July()
    {
        var kind = Kind("lao-dong-tien-tien");
        kind.Versions.Count.ShouldBe(2);
        kind.VersionOn(new DateOnly(2023, 12, 31)).ShouldBeNull();
        kind.VersionOn(new DateOnly(2025, 6, 30))!.Authorities.Select(a => a.Authority).ShouldContain(DecidingAuthority.DistrictChairman);
        var later = kind.VersionOn(new DateOnly(2025, 7, 1))!;
        later.Authorities.Select(a => a.Authority).ShouldNotContain(DecidingAuthority.DistrictChairman);
        kind.EndOf(kind.Versions[0]).ShouldBe(new DateOnly(2025, 6, 30));
        kind.EndOf(later).ShouldBeNull();
    }

    [Fact]
    public void Every_seeded_award_is_valid_cited_and_its_rules_name_awards_of_the_catalogue()
    {
        var codes = Catalogue.Select(k => k.Code).ToHashSet();
        Catalogue.Count.ShouldBe(13);
        foreach (var kind in Catalogue)
        {
            foreach (var version in kind.Versions)
            {
                version.Terms.Check(kind, codes).ShouldBeNull(kind.Code);
                version.Citation.ShouldContain("06/2022/QH15");
            }
        }

        var cstd = Kind("chien-si-thi-dua-tinh").VersionOn(new DateOnly(2026, 1, 1))!;
        cstd.Rules.Select(r => RuleKinds.Describe(r.Spec)).First().ShouldBe("Đạt “chien-si-thi-dua-co-so” 3 năm liên tục");
        (cstd.VoteThresholdPercent, cstd.VoteBase, cstd.SecretBallot).ShouldBe((90m, VoteBase.AllMembers, true));
    }

    [Theory]
    [InlineData(RuleKind.PersonRating, null, 2, null, null, "Rules[0].Level")]
    [InlineData(RuleKind.PersonRating, RatingLevel.Good, 11, null, null, "Rules[0].Years")]
    [InlineData(RuleKind.HoldsAward, null, 3, "khong-co", null, "Rules[0].AwardCode")]
    [InlineData(RuleKind.RecentAchievement, null, null, null, 0, "Rules[0].Months")]
    [InlineData(RuleKind.NoDiscipline, null, 2, null, null, "Rules[0].Years")]
    [InlineData(RuleKind.UnitRank, RatingLevel.Excellent, null, null, null, "Rules[0].Kind")] // LĐTT is for individuals only
    public void A_rule_with_parameters_out_of_place_or_range_is_refused_naming_the_field(RuleKind kind, RatingLevel? level, int? years, string? code,
        int? months, string field)
    {
        var award = Kind("lao-dong-tien-tien");
        var terms = award.Versions[^1].Terms with { EffectiveFrom = new DateOnly(2027, 1, 1), Rules = [new RuleSpec(kind, Level: level, Years: years, AwardCode: code, Months: months)] };
        var error = award.Revise(terms, Catalogue.Select(k => k.Code).ToHashSet(), Seeder).Error!;
        error.Field.ShouldBe(field);
        error.Message.ShouldStartWith("Tiêu chuẩn thứ 1");
        award.Versions.Count.ShouldBe(2);
    }
}
