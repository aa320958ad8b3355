using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>Regressions from the review of the foundation: races, the MFA gate, admin hierarchy, leaks.</summary>
public sealed class ConcurrencyAndAdminTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_crossing_moves_at_the_same_time_never_make_a_cycle(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (a, b) = (await app.UnitIdAsync("STP"), await app.UnitIdAsync("SYT"));
        using var admin = await app.ClientForAsync("admin");

        var results = await Task.WhenAll(
            admin.PostJsonAsync($"/api/v1/units/{a}/move", new { newParentId = b }),
            admin.PostJsonAsync($"/api/v1/units/{b}/move", new { newParentId = a }));

        results.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", results.Select(r => r.StatusCode)));
        results.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.BadRequest);
        await app.WithDbAsync(async db =>
        {
            var units = await db.Units.AsNoTracking().Where(u => u.Id == a || u.Id == b).ToListAsync();
            units.Count(u => u.ParentId == a || u.ParentId == b).ShouldBe(1, "exactly one moved under the other");
            var all = await db.Units.AsNoTracking().Where(u => u.TenantId == units[0].TenantId).ToDictionaryAsync(u => u.Id);
            foreach (var unit in all.Values.Where(u => u.ParentId is not null))
            {
                var parent = all[unit.ParentId!.Value];
                unit.Path.ShouldBe(parent.Path + Unit.PathSegment(unit.Id), "every path extends its parent's");
                unit.Depth.ShouldBe(parent.Depth + 1);
            }
        });
        foreach (var r in results)
        {
            r.Dispose();
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Merging_a_unit_together_with_its_own_sub_unit_is_refused_and_changes_nothing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (stp, division, target) = (await app.UnitIdAsync("STP"), await app.UnitIdAsync("STP.P1"), await app.UnitIdAsync("SYT"));
        using var admin = await app.ClientForAsync("admin");
        using var response = await admin.PostJsonAsync("/api/v1/units/merge", new { sourceIds = new[] { stp, division }, targetId = target, effectiveOn = "2026-01-01" });
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("cấp dưới");
        (await app.WithDbAsync(db => db.Units.CountAsync(u => u.ValidTo != null && (u.Id == stp || u.Id == division)))).ShouldBe(0);

        using var ancient = await admin.PostJsonAsync("/api/v1/units/merge", new { sourceIds = new[] { division }, targetId = target, effectiveOn = "0001-01-01" });
        (await ancient.ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("1945");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_without_two_factor_cannot_use_an_api_token(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var plain = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "qtv.tinh");
            user.TwoFactorEnabled.ShouldBeFalse();
            var (token, text) = AccessToken.Issue(user, "vượt MFA", DateTime.UtcNow, TimeSpan.FromDays(1));
            db.AccessTokens.Add(token);
            await db.SaveChangesAsync();
            return text;
        });
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", plain);
        using var response = await client.GetAsync("/api/v1/me");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Concurrent_creates_with_one_code_give_one_unit_and_clear_answers_never_500_or_503(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var (parent, kind) = (await app.UnitIdAsync("STP"), await app.WithDbAsync(db => db.UnitKinds.Where(k => k.Code == "DIV").Select(k => k.Id).SingleAsync()));
        using var admin = await app.ClientForAsync("admin");
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            admin.PostJsonAsync("/api/v1/units/", new { code = "TRUNG", name = "Phòng trùng mã", kindId = kind, parentId = parent })));
        results.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        results.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.BadRequest || r.StatusCode == HttpStatusCode.Conflict);
        (await app.WithDbAsync(db => db.Units.CountAsync(u => u.Code == "TRUNG"))).ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Parallel_wrong_passwords_are_refused_cleanly_and_all_counted(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = app.CreateClient();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            client.PostJsonAsync("/api/v1/tokens", new { username = "tdkt.snv", password = "Sai-mat-khau-1" })));
        results.ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest || r.StatusCode == HttpStatusCode.Forbidden || r.StatusCode == HttpStatusCode.Conflict);
        var failures = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == "tdkt.snv"
            && (a.Action == DanVan.Infrastructure.Audit.AuditActions.LoginFailed || a.Action == DanVan.Infrastructure.Audit.AuditActions.LockedOut)));
        failures.ShouldBeGreaterThan(0);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_department_administrator_cannot_disable_the_province_administrator_nor_see_hidden_successors(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        await app.CreateUserAsync("qtv.stp", Role.TenantAdmin, await app.UnitIdAsync("STP"));
        var me = await app.WithDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.UserName == "qtv.stp");
            return new CurrentUser(u.Id, u.TenantId, "qtv.stp");
        });
        var provinceAdmin = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "qtv.tinh").Select(u => u.Id).SingleAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var result = await SetUserDisabled.HandleAsync(sp.GetRequiredService<DanVan.Infrastructure.Data.AppDbContext>(),
                sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>(), me, provinceAdmin, true, default);
            result.Error.ShouldNotBeNull().Kind.ShouldBe(DanVan.Infrastructure.Web.ErrorKind.Forbidden);
        }

        (await app.WithDbAsync(db => db.Users.Where(u => u.Id == provinceAdmin).Select(u => u.IsDisabled).SingleAsync())).ShouldBeFalse();

        // A sub-unit of STP merged into Sở Y tế: the STP officer sees the closed unit but not its hidden successor.
        using var admin = await app.ClientForAsync("admin");
        var (division, syt) = (await app.UnitIdAsync("STP.P2"), await app.UnitIdAsync("SYT"));
        (await admin.PostJsonAsync("/api/v1/units/merge", new { sourceIds = new[] { division }, targetId = syt, effectiveOn = "2026-01-01" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var officer = await app.ClientForAsync("thidua.stp");
        var detail = await (await officer.GetAsync($"/api/v1/units/{division}")).ReadAsync<GetUnit.Detail>();
        detail.Successors.ShouldBeEmpty();
    }
}
