using DanVan.Features.Awards;
using DanVan.Features.Decisions;
using DanVan.Infrastructure.Data;

namespace DanVan.Tests.Features.Decisions;

/// <summary>The pure rules: the order of Decree 152 Art. 29, the signed-copy heuristic, the place and date line of Decree 30/2020.</summary>
public sealed class DecisionRulesTests
{
    private static readonly Dictionary<string, AwardKind> Kinds =
        AwardCatalogueSeed.Kinds(Guid.NewGuid(), new Actor(Guid.Empty, "thử", DateTime.UnixEpoch)).ToDictionary(k => k.Code);

    private static DecisionAwardee Awardee(Decision d, string name, AwardSubject subject, string code, long? amount) =>
        new(d, Guid.NewGuid(), Guid.NewGuid(), subject, null, Guid.NewGuid(), name, "Sở Thử", null, Kinds[code], 2025, amount, "");

    [Fact]
    public void Collectives_come_before_households_and_individuals_and_higher_awards_first()
    {
        var d = Decision.Create(Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), Guid.NewGuid(), DecidingAuthority.ProvinceChairman, "Thử",
            new DateOnly(2025, 12, 30), SignPrefix.ForHead, "Phó Chủ tịch", "A");
        foreach (var a in new[]
        {
            Awardee(d, "An", AwardSubject.Individual, "bang-khen-chu-tich-tinh", 3_510_000),
            Awardee(d, "Bình", AwardSubject.Individual, "chien-si-thi-dua-tinh", 7_020_000),
            Awardee(d, "Hộ ông Cường", AwardSubject.Household, "bang-khen-chu-tich-tinh", 5_270_000),
            Awardee(d, "Phòng Một", AwardSubject.Collective, "bang-khen-chu-tich-tinh", 7_020_000),
            Awardee(d, "Sở Hai", AwardSubject.Collective, "co-thi-dua-tinh", 18_720_000),
            Awardee(d, "Ánh", AwardSubject.Individual, "bang-khen-chu-tich-tinh", 3_510_000),
        })
        {
            d.Add(a);
        }

        d.Listed.Select(a => a.Name).ShouldBe(["Sở Hai", "Phòng Một", "Hộ ông Cường", "Bình", "An", "Ánh"]);
        d.Total.ShouldBe(3_510_000 * 2 + 7_020_000 * 2 + 5_270_000 + 18_720_000);
        d.Remove(d.Listed[0].Id, "Trùng với quyết định khác").ShouldBeNull();
        d.Listed.Count.ShouldBe(5);
        d.Remove(d.Awardees.First(a => a.Name == "Sở Hai").Id, "lại").ShouldNotBeNull().Code.ShouldBe("decision.removed");
    }

    [Fact]
    public void A_signed_copy_is_a_PDF_with_a_signature_dictionary_and_nothing_else_passes()
    {
        SignedCopy.HasSignature(DecisionFlowTests.SignedPdf).ShouldBeTrue();
        SignedCopy.HasSignature("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray()).ShouldBeFalse();
        SignedCopy.HasSignature("PK\u0003\u0004 /ByteRange /Sig /Contents"u8.ToArray()).ShouldBeFalse();
        SignedCopy.HasSignature("%PDF-1.4 /ByteRange [0 1 2 3] /Contents <00>"u8.ToArray()).ShouldBeFalse();
    }
}
