using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Units;

/// <summary>"Active on day D" is one rule with a SQL twin; both agree, and a change dated in the future takes effect on its date.</summary>
public sealed class UnitDatesTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly DateOnly D = new(2025, 7, 1);

    public static TheoryData<DateOnly?, DateOnly?, DateOnly, bool> Rule => new()
    {
        { null, null, D, true },
        { D, null, D, true },
        { D.AddDays(1), null, D, false },
        { null, D, D, true },
        { null, D.AddDays(-1), D, false },
        { D.AddDays(-10), D.AddDays(10), D, true },
        { D.AddDays(-10), D.AddDays(-1), D, false },
        { D.AddDays(1), D.AddDays(10), D, false },
    };

    [Theory]
    [MemberData(nameof(Rule))]
    public void A_unit_is_active_from_its_first_day_through_its_last(DateOnly? from, DateOnly? to, DateOnly day, bool active) =>
        Unit.IsActiveOn(from, to, day).ShouldBe(active);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_sql_filter_agrees_with_the_rule_for_every_pair_of_dates_and_day(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);
        var t = await app.CreateTenantAsync("NGY");
        DateOnly?[] dates = [null, D.AddDays(-1), D, D.AddDays(1)];
        var n = 0;
        await app.WithDbAsync(async db =>
        {
            var root = await db.Units.SingleAsync(u => u.Id == t.RootId);
            var kind = await db.UnitKinds.SingleAsync(k => k.Id == t.CommuneKindId);
            foreach (var from in dates)
            {
                foreach (var to in dates.Where(to => to is null || from is null || to >= from))
                {
                    var unit = Unit.Create(t.TenantId, root, kind, $"NGAY-{n++}", "Xã thử ngày", null, from);
                    if (to is { } last)
                    {
                        unit.Close(last).ShouldBeNull();
                    }

                    db.Units.Add(unit);
                }
            }

            await db.SaveChangesAsync();
        });

        var units = await app.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.TenantId == t.TenantId && u.ParentId != null).ToListAsync());
        units.Count.ShouldBe(n);
        foreach (var day in new[] { D.AddDays(-2), D.AddDays(-1), D, D.AddDays(1), D.AddDays(2) })
        {
            var active = await app.WithDbAsync(db => db.Units.Where(u => u.TenantId == t.TenantId && u.ParentId != null).ActiveOn(day).Select(u => u.Id).ToListAsync());
            var closed = await app.WithDbAsync(db => db.Units.Where(u => u.TenantId == t.TenantId && u.ParentId != null).ClosedOn(day).Select(u => u.Id).ToListAsync());
            active.ShouldBe(units.Where(u => u.IsActiveOn(day)).Select(u => u.Id), ignoreOrder: true, $"active on {day}");
            closed.ShouldBe(units.Where(u => !u.IsActiveOn(day)).Select(u => u.Id), ignoreOrder: true, $"closed on {day}");
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_dissolution_dated_next_month_leaves_the_unit_active_until_its_last_day(Provider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false, services: s => s.AddSingleton<TimeProvider>(clock));
        var t = await app.CreateTenantAsync("TLA");
        var a = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, "XA-A", "UBND xã Tịnh An");
        var c = await app.CreateUnitAsync(t.RootId, t.CommuneKindId, "XA-C", "UBND xã Tịnh Châu");
        await app.CreateUserAsync("qtv.tla", DanVan.Features.Accounts.Role.TenantAdmin, t.RootId);
        using var admin = await app.ClientForAsync("qtv.tla");

        var outcome = await (await admin.PostJsonAsync($"/api/v1/units/{a}/dissolve",
            new { effectiveOn = "2026-04-01", basis = "25/NQ-HĐND", successorId = c })).ReadAsync<DissolveUnit.Outcome>();

        outcome.Unit.IsActive.ShouldBeTrue("the dissolution takes effect on 01/4/2026");
        outcome.Unit.ValidTo.ShouldBe(new DateOnly(2026, 3, 31));
        (await (await admin.GetAsync("/api/v1/units/?limit=50")).ReadAsync<DanVan.Infrastructure.Web.Page<UnitDto>>())
            .Items.Single(u => u.Id == a).IsActive.ShouldBeTrue();

        clock.Advance(TimeSpan.FromDays(30)); // 01/4/2026
        using var later = await app.ClientForAsync("qtv.tla"); // a month later the session has expired
        (await (await later.GetAsync($"/api/v1/units/{a}")).ReadAsync<GetUnit.Detail>()).Unit.IsActive.ShouldBeFalse();
        var activeOnly = await app.WithDbAsync(db => db.Units.ActiveOn(new DateOnly(2026, 4, 1)).AnyAsync(u => u.Id == a));
        activeOnly.ShouldBeFalse();
    }
}
