using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Infrastructure;

/// <summary>Builders for tests that start without the demo province (seedDemo: false): straight through AppDbContext.</summary>
public static class TestData
{
    /// <summary>A tenant with its root unit and the unit kinds "ROOT", "DEPT" and "COMMUNE".</summary>
    public sealed record Tenancy(Guid TenantId, Guid RootId, Guid DeptKindId, Guid CommuneKindId);

    public static Task<Tenancy> CreateTenantAsync(this TestApp app, string code) => app.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var tenant = new Tenant(Guid.CreateVersion7(), code, $"Tỉnh thử nghiệm {code}", TenantKind.Province, false, now);
        db.Tenants.Add(tenant);
        var rootKind = new UnitKind(tenant.Id, "ROOT", "Tỉnh", 0);
        var dept = new UnitKind(tenant.Id, "DEPT", "Sở, ban, ngành", 1);
        var commune = new UnitKind(tenant.Id, "COMMUNE", "UBND xã", 2);
        db.UnitKinds.AddRange(rootKind, dept, commune);
        var root = Unit.Create(tenant.Id, null, rootKind, code, $"Tỉnh {code}", null);
        db.Units.Add(root);
        await db.SaveChangesAsync();
        return new Tenancy(tenant.Id, root.Id, dept.Id, commune.Id);
    });

    public static Task<Guid> CreateUnitAsync(this TestApp app, Guid parentId, Guid kindId, string code, string name) =>
        app.WithDbAsync(async db =>
        {
            var parent = await db.Units.SingleAsync(u => u.Id == parentId);
            var kind = await db.UnitKinds.SingleAsync(k => k.Id == kindId);
            var unit = Unit.Create(parent.TenantId, parent, kind, code, name, null);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });

    public static Task<Guid> CreatePersonAsync(this TestApp app, Guid unitId, string fullName) => app.WithDbAsync(async db =>
    {
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).SingleAsync();
        var person = Person.Create(tenantId, unitId,
            new PersonDetails(fullName, Gender.Female, 1980, "Chuyên viên", StaffCategory.CivilServant, "Kinh", true));
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });

    /// <summary>A user with password <see cref="TestApp.DemoPassword"/> holding <paramref name="role"/> on the unit (and below).</summary>
    public static async Task<Guid> CreateUserAsync(this TestApp app, string userName, Role role, Guid unitId, bool includeDescendants = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<DanVan.Infrastructure.Data.AppDbContext>();
        var unit = await db.Units.SingleAsync(u => u.Id == unitId);
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = userName, FullName = userName, TenantId = unit.TenantId, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, TestApp.DemoPassword);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        db.RoleAssignments.Add(new RoleAssignment(unit.TenantId, user.Id, role, unit, includeDescendants, DateTime.UtcNow));
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>The id of the demo unit with this code (demo province only).</summary>
    public static Task<Guid> UnitIdAsync(this TestApp app, string code) =>
        app.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>Some person working directly in the unit with this code (demo province only).</summary>
    public static Task<Guid> PersonInUnitAsync(this TestApp app, string unitCode) =>
        app.WithDbAsync(db => db.People.Where(p => p.Unit!.Code == unitCode).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
}
