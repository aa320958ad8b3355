using DanVan.Features.Contests;

namespace DanVan.Tests.Features.Contests;

/// <summary>The rules page's sentence on who may field a team names each unit once, with its admitted kinds together.</summary>
public sealed class ContestRulesTextTests
{
    private static readonly Guid Province = Guid.CreateVersion7();
    private static readonly Guid Department = Guid.CreateVersion7();

    [Fact]
    public void Kinds_admitted_under_one_unit_are_listed_together()
    {
        ContestRulesText.Eligibility(
            [
                new(Province, "UBND tỉnh Sông Trà", true, Guid.CreateVersion7(), "UBND đặc khu"),
                new(Province, "UBND tỉnh Sông Trà", true, Guid.CreateVersion7(), "UBND phường"),
                new(Province, "UBND tỉnh Sông Trà", true, Guid.CreateVersion7(), "UBND xã"),
            ])
            .ShouldBe("các đơn vị loại UBND đặc khu, UBND phường, UBND xã thuộc UBND tỉnh Sông Trà");
    }

    [Fact]
    public void A_unit_without_a_kind_admits_its_whole_subtree_and_other_units_follow()
    {
        ContestRulesText.Eligibility(
            [
                new(Province, "UBND tỉnh Sông Trà", true, null, null),
                new(Province, "UBND tỉnh Sông Trà", true, Guid.CreateVersion7(), "UBND xã"),
                new(Department, "Sở Tư pháp", false, null, null),
            ])
            .ShouldBe("UBND tỉnh Sông Trà và các đơn vị trực thuộc; Sở Tư pháp");
    }
}
