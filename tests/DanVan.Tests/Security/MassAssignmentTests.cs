using System.Net;
using DanVan.Features.People;
using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>Fields the server owns (id, tenant, path, status, unit on edit) are never taken from a request body.</summary>
public sealed class MassAssignmentTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Creating_a_person_ignores_id_tenant_and_other_server_owned_fields(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var other = await app.CreateTenantAsync("KHAC");
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var forgedId = Guid.CreateVersion7();

        var created = await (await client.PostJsonAsync("/api/v1/people", new
        {
            id = forgedId, tenantId = other.TenantId, fullName = "Phan Thị Thu", fullNameFolded = "hacked", gender = "Female",
            staffCategory = "CivilServant", unitId = stp, path = "/evil/", isActive = false, createdAt = "2000-01-01T00:00:00Z",
        })).ReadAsync<PersonDto>(HttpStatusCode.Created);

        created.Id.ShouldNotBe(forgedId);
        var stored = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == created.Id));
        var demoTenant = await app.WithDbAsync(db => db.Units.Where(u => u.Id == stp).Select(u => u.TenantId).SingleAsync());
        stored.TenantId.ShouldBe(demoTenant);
        stored.FullNameFolded.ShouldBe("phan thi thu");
        stored.CreatedAt.ShouldBeGreaterThan(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        (await app.WithDbAsync(db => db.People.AnyAsync(p => p.Id == forgedId || p.TenantId == other.TenantId))).ShouldBeFalse();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Editing_a_person_never_changes_their_unit_or_tenant(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var other = await app.CreateTenantAsync("KHAC");
        using var client = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var office = await app.UnitIdAsync("STP.P1"); // inside the officer's own scope: still not an edit
        var person = await app.PersonInUnitAsync("STP");
        var before = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person));

        var updated = await (await client.PutJsonAsync($"/api/v1/people/{person}", new
        {
            id = Guid.NewGuid(), tenantId = other.TenantId, fullName = "Tên Đã Sửa", gender = "Male", staffCategory = "Official",
            unitId = office,
        })).ReadAsync<PersonDto>();

        updated.FullName.ShouldBe("Tên Đã Sửa");
        updated.UnitId.ShouldBe(stp);
        var after = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person));
        after.UnitId.ShouldBe(stp);
        after.TenantId.ShouldBe(before.TenantId);
        (await app.WithDbAsync(db => db.PersonTransfers.AnyAsync(t => t.PersonId == person))).ShouldBeFalse();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Creating_a_unit_computes_tenant_path_depth_and_status_itself(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var other = await app.CreateTenantAsync("KHAC");
        using var client = await app.ClientForAsync("qtv.tinh");
        var stp = await app.UnitIdAsync("STP");
        var parent = await app.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == stp));
        var forgedId = Guid.CreateVersion7();

        var created = await (await client.PostJsonAsync("/api/v1/units", new
        {
            id = forgedId, tenantId = other.TenantId, code = "STP.P8", name = "Phòng Thử nghiệm", kindId = parent.KindId, parentId = stp,
            path = "/evil/", depth = 0, isActive = false, validTo = "2020-01-01", nameFolded = "hacked", sortOrder = -5,
        })).ReadAsync<UnitDto>(HttpStatusCode.Created);

        created.Id.ShouldNotBe(forgedId);
        var stored = await app.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == created.Id));
        stored.TenantId.ShouldBe(parent.TenantId);
        stored.Path.ShouldBe(parent.Path + created.Id.ToString("N") + "/");
        stored.Depth.ShouldBe(parent.Depth + 1);
        stored.ValidTo.ShouldBeNull();
        stored.NameFolded.ShouldNotContain("hacked");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Editing_a_unit_never_moves_it_closes_it_or_changes_its_tenant(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var other = await app.CreateTenantAsync("KHAC");
        using var client = await app.ClientForAsync("qtv.tinh");
        var stp = await app.UnitIdAsync("STP");
        var snv = await app.UnitIdAsync("SNV");
        var before = await app.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == stp));

        var updated = await (await client.PutJsonAsync($"/api/v1/units/{stp}", new
        {
            tenantId = other.TenantId, code = "STP", name = "Sở Tư pháp tỉnh Sông Trà", kindId = before.KindId, parentId = snv,
            path = "/evil/", depth = 9, isActive = false, validTo = "2020-01-01",
        })).ReadAsync<UnitDto>();

        updated.Name.ShouldBe("Sở Tư pháp tỉnh Sông Trà");
        var after = await app.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == stp));
        after.ParentId.ShouldBe(before.ParentId);
        after.Path.ShouldBe(before.Path);
        after.Depth.ShouldBe(before.Depth);
        after.TenantId.ShouldBe(before.TenantId);
        after.ValidTo.ShouldBeNull();
    }
}
