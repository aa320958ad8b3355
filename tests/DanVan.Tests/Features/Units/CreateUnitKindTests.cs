using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Units;

public sealed class CreateUnitKindTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static async Task<CurrentUser> UserAsync(TestApp app, string userName) => await app.WithDbAsync(async db =>
    {
        var u = await db.Users.SingleAsync(x => x.UserName == userName);
        return new CurrentUser(u.Id, u.TenantId, userName);
    });

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_province_administrator_adds_a_unit_kind_and_a_duplicate_code_is_refused_in_Vietnamese(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var admin = await UserAsync(app, "qtv.tinh");

        var created = await app.WithDbAsync(db => CreateUnitKind.HandleAsync(db, admin, new CreateUnitKind.Input { Code = "htx", Name = "Hợp tác xã" }, default));
        created.Error.ShouldBeNull();
        created.Value!.Code.ShouldBe("HTX");

        var again = await app.WithDbAsync(db => CreateUnitKind.HandleAsync(db, admin, new CreateUnitKind.Input { Code = "HTX", Name = "Trùng" }, default));
        again.Error.ShouldNotBeNull().Message.ShouldContain("đã tồn tại");
        (await app.WithDbAsync(db => db.UnitKinds.CountAsync(k => k.Code == "HTX"))).ShouldBe(1);

        using var client = await app.ClientForAsync("qtv.tinh");
        var kinds = await (await client.GetAsync("/api/v1/unit-kinds")).ReadAsync<List<UnitKindDto>>();
        kinds.ShouldContain(k => k.Code == "HTX" && k.Name == "Hợp tác xã");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_unit_officer_cannot_add_unit_kinds(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var officer = await UserAsync(app, "thidua.stp");
        var result = await app.WithDbAsync(db => CreateUnitKind.HandleAsync(db, officer, new CreateUnitKind.Input { Code = "X", Name = "X" }, default));
        result.Error.ShouldNotBeNull().Kind.ShouldBe(DanVan.Infrastructure.Web.ErrorKind.Forbidden);
    }
}
