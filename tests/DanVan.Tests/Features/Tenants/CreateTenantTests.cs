using DanVan.Features.Accounts;
using DanVan.Features.Tenants;
using DanVan.Infrastructure.Data;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Tenants;

public sealed class CreateTenantTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static async Task<DanVan.Infrastructure.Web.Result<CreateTenant.Output>> CreateAsync(TestApp app, string code, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await CreateTenant.HandleAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
            new CreateTenant.Input(code, name, TenantKind.Province, false, "qtv." + code.ToLowerInvariant(), "Quản trị", TestApp.DemoPassword), default);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_province_gets_its_unit_kinds_a_root_unit_and_an_administrator_who_sees_only_it(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var created = await CreateAsync(app, "qng", "Tỉnh Quảng Ngãi");
        created.Error.ShouldBeNull();
        var tenantId = created.Value!.Tenant.Id;

        await app.WithDbAsync(async db =>
        {
            (await db.UnitKinds.CountAsync(k => k.TenantId == tenantId)).ShouldBe(CreateTenant.DefaultKinds.Length);
            var root = await db.Units.SingleAsync(u => u.TenantId == tenantId);
            root.Code.ShouldBe("QNG");
            root.ParentId.ShouldBeNull();
            (await db.RoleAssignments.SingleAsync(a => a.TenantId == tenantId)).Role.ShouldBe(Role.TenantAdmin);
            var rubric = await db.ModelRubrics.Include(r => r.Criteria).SingleAsync(r => r.TenantId == tenantId); // the default rubric for scoring models
            (rubric.Version, rubric.MaxTotal, rubric.Criteria.Count).ShouldBe((1, 40, 4));
        });

        using var admin = await app.ClientForAsync("qtv.qng");
        var units = await (await admin.GetAsync("/api/v1/units/?limit=200")).ReadAsync<DanVan.Infrastructure.Web.Page<DanVan.Features.Units.UnitDto>>();
        units.Items.ShouldHaveSingleItem().Code.ShouldBe("QNG");
        var people = await (await admin.GetAsync("/api/v1/people/?q=nguyen")).ReadAsync<DanVan.Infrastructure.Web.Page<DanVan.Features.People.PersonDto>>();
        people.Items.ShouldBeEmpty("the demo province's people belong to another tenant");

        var again = await CreateAsync(app, "QNG", "Trùng mã");
        again.Error.ShouldNotBeNull().Message.ShouldContain("đã tồn tại");
    }
}
