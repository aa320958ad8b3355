using System.Net;
using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Units;

public sealed class CreateUnitTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Creating_a_unit_under_a_parent_places_it_in_the_tree(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("qtv.tinh");
        var stp = await app.UnitIdAsync("STP");
        var divisionKind = await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "DIV").Select(k => k.Id).SingleAsync());

        using var response = await client.PostJsonAsync("/api/v1/units",
            new { code = "stp.p9", name = "Phòng Hành chính tư pháp", kindId = divisionKind, parentId = stp });

        var created = await response.ReadAsync<UnitDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/units/{created.Id}");
        created.Code.ShouldBe("STP.P9");
        created.ParentId.ShouldBe(stp);
        var (unit, parent) = await app.WithDbAsync(async db =>
            (await db.Units.AsNoTracking().SingleAsync(u => u.Id == created.Id), await db.Units.AsNoTracking().SingleAsync(u => u.Id == stp)));
        unit.TenantId.ShouldBe(parent.TenantId);
        unit.Path.ShouldBe(parent.Path + created.Id.ToString("N") + "/");
        unit.Depth.ShouldBe(parent.Depth + 1);
        unit.ValidTo.ShouldBeNull();
        unit.NameFolded.ShouldContain("phong hanh chinh tu phap");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_duplicate_code_is_refused_in_vietnamese_and_nothing_is_saved(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("qtv.tinh");
        var stp = await app.UnitIdAsync("STP");
        var divisionKind = await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "DIV").Select(k => k.Id).SingleAsync());
        var before = await app.WithDbAsync(db => db.Units.CountAsync());

        foreach (var code in new[] { "SYT", "syt" })
        {
            var problem = await (await client.PostJsonAsync("/api/v1/units",
                    new { code, name = "Đơn vị trùng mã", kindId = divisionKind, parentId = stp }))
                .ProblemAsync(HttpStatusCode.BadRequest);
            problem.Code.ShouldBe("unit.duplicate_code");
            problem.Detail.ShouldBe("Mã đơn vị “SYT” đã tồn tại.");
            problem.Errors!.ShouldContainKey("Code");
        }

        (await app.WithDbAsync(db => db.Units.CountAsync())).ShouldBe(before);
        (await app.WithDbAsync(db => db.Units.CountAsync(u => u.Name == "Đơn vị trùng mã"))).ShouldBe(0);
    }
}
