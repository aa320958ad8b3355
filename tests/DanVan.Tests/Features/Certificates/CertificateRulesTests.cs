using DanVan.Features.Awards;
using DanVan.Features.Certificates;

namespace DanVan.Tests.Features.Certificates;

/// <summary>Pure rules: the public code, the grounds as data, layouts, and a revoked award breaking a chain of years.</summary>
public sealed class CertificateRulesTests
{
    [Fact]
    public void A_code_is_26_base32_characters_and_never_repeats()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => Certificate.NewCode()).ToList();
        codes.Distinct().Count().ShouldBe(codes.Count);
        codes.ShouldAllBe(c => Certificate.LooksLikeCode(c));
        // Every one of the 32 symbols turns up: all 130 bits are used.
        string.Concat(codes).Distinct().Count().ShouldBe(32);
    }

    [Fact]
    public void The_grounds_are_a_closed_list_a_to_d_with_their_citation()
    {
        RevocationGrounds.All.Select(g => g.Letter).ShouldBe(["a", "b", "c", "d"]);
        RevocationGrounds.Of(RevocationGround.B).Cited.ShouldContain("Luật Thi đua, khen thưởng số 06/2022/QH15");
    }

    [Fact]
    public void The_layout_follows_the_award_form()
    {
        CertificatePaper.LayoutOf("Bằng khen của Chủ tịch UBND tỉnh", AwardCategory.Commendation).ShouldBe(CertificateLayout.BangKhen);
        CertificatePaper.LayoutOf("Giấy khen", AwardCategory.Commendation).ShouldBe(CertificateLayout.GiayKhen);
        CertificatePaper.LayoutOf("Lao động tiên tiến", AwardCategory.Title).ShouldBe(CertificateLayout.Title);
    }

    [Fact]
    public void A_revoked_award_breaks_the_chain_of_consecutive_years()
    {
        AwardHistory.AwardFact Fact(int year, bool revoked) => new(Guid.NewGuid(), Guid.Empty, null, Guid.Empty, "CSTD_CS", "CSTĐ cơ sở", year,
            CommendationType.Regular, "", "1/QĐ", new DateOnly(year, 12, 1), null, null, "", revoked);
        AwardHistory.ConsecutiveYears([Fact(2023, false), Fact(2024, false), Fact(2025, false)], "CSTD_CS", 2025).ShouldBe(3);
        AwardHistory.ConsecutiveYears([Fact(2023, false), Fact(2024, true), Fact(2025, false)], "CSTD_CS", 2025).ShouldBe(1);
        Fact(2024, true).CountsForMerit.ShouldBeFalse();
    }
}
