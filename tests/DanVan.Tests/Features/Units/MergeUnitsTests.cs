using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Units;

public sealed class MergeUnitsTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Merging_two_communes_into_a_third_closes_them_links_the_successor_and_moves_their_people(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);
        var t = await app.CreateTenantAsync("THU");
        var a = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, "XA-A", "UBND xã Tịnh An");
        var b = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, "XA-B", "UBND xã Tịnh Bình");
        var c = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, "XA-C", "UBND xã Tịnh Châu");
        var people = new[]
        {
            await app.CreatePersonAsync(a, "Nguyễn Thị Lan"), await app.CreatePersonAsync(a, "Trần Văn Hải"),
            await app.CreatePersonAsync(b, "Lê Thị Mai"),
        };
        await app.CreateUserAsync("qtv.thu", Role.TenantAdmin, t.RootId);
        using var admin = await app.ClientForAsync("qtv.thu");
        var unitCount = await app.WithDbAsync(db => db.Units.CountAsync());

        var target = await (await admin.PostJsonAsync("/api/v1/units/merge",
                new { sourceIds = new[] { a, b }, targetId = c, effectiveOn = "2025-07-01", transferPeople = true, note = "Sắp xếp đơn vị hành chính" }))
            .ReadAsync<UnitDto>();

        target.Id.ShouldBe(c);
        target.IsActive.ShouldBeTrue();
        await app.WithDbAsync(async db =>
        {
            (await db.Units.CountAsync()).ShouldBe(unitCount, "nothing is deleted");
            foreach (var source in await db.Units.AsNoTracking().Where(u => u.Id == a || u.Id == b).ToListAsync())
            {
                source.IsActiveOn(new DateOnly(2025, 7, 1)).ShouldBeFalse();
                source.ValidTo.ShouldBe(new DateOnly(2025, 6, 30));
            }

            var links = await db.UnitSuccessions.AsNoTracking().Where(s => s.SuccessorId == c).ToListAsync();
            links.Select(s => s.PredecessorId).ShouldBe([a, b], ignoreOrder: true);
            links.ShouldAllBe(s => s.Kind == SuccessionKind.Merge && s.EffectiveOn == new DateOnly(2025, 7, 1) && s.TenantId == t.TenantId);

            var moved = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToListAsync();
            moved.Count.ShouldBe(3, "nobody is deleted");
            moved.ShouldAllBe(p => p.UnitId == c);
            var transfers = await db.PersonTransfers.AsNoTracking().Where(x => people.Contains(x.PersonId)).ToListAsync();
            transfers.Count.ShouldBe(3);
            transfers.ShouldAllBe(x => x.ToUnitId == c && x.EffectiveOn == new DateOnly(2025, 7, 1));
            transfers.Count(x => x.FromUnitId == a).ShouldBe(2);
            transfers.Count(x => x.FromUnitId == b).ShouldBe(1);
        });

        var detail = await (await admin.GetAsync($"/api/v1/units/{a}")).ReadAsync<GetUnit.Detail>();
        detail.Successors.ShouldHaveSingleItem().Id.ShouldBe(c);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Merging_demo_communes_moves_their_divisions_under_the_successor_and_keeps_their_scope(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (a, b, c) = await app.WithDbAsync(async db => (
            await db.Units.Where(u => u.Code == "XA002").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "XA003").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "XA004").Select(u => u.Id).SingleAsync()));
        var divisionsBefore = await app.WithDbAsync(db => db.Units.Where(u => u.ParentId == a || u.ParentId == b).Select(u => u.Id).ToListAsync());
        divisionsBefore.Count.ShouldBe(8, "each demo commune has four sub-units");
        using var admin = await app.ClientForAsync("qtv.tinh");

        using var response = await admin.PostJsonAsync("/api/v1/units/merge",
            new { sourceIds = new[] { a, b }, targetId = c, effectiveOn = "2026-01-01", transferPeople = true });
        await response.ReadAsync<UnitDto>();

        await app.WithDbAsync(async db =>
        {
            var target = await db.Units.AsNoTracking().SingleAsync(u => u.Id == c);
            var divisions = await db.Units.AsNoTracking().Where(u => divisionsBefore.Contains(u.Id)).ToListAsync();
            divisions.ShouldAllBe(u => u.ParentId == c && u.ValidTo == null && u.Depth == target.Depth + 1 && u.Path.StartsWith(target.Path));
            (await db.Units.CountAsync(u => u.ParentId == a || u.ParentId == b)).ShouldBe(0);
        });

        // The successor's subtree now includes the moved divisions.
        var visible = await (await admin.GetAsync($"/api/v1/units/?unitId={c}&limit=200")).ReadAsync<DanVan.Infrastructure.Web.Page<UnitDto>>();
        visible.Items.Select(u => u.Id).ShouldContain(divisionsBefore[0]);
    }
}
