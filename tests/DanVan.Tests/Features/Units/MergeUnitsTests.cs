using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Units;

[Collection("app")]
public sealed class MergeUnitsTests(PostgresServer pg)
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
                source.IsActive.ShouldBeFalse();
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
}
