using System.Net;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>
/// API tokens are believed for a short window once read (AccessTokenCache). Whatever this app saves about the owner —
/// revoking, disabling, a password change, a role that demands two-factor sign-in — ends it at once; a change made
/// behind the app's back (another instance) is seen when the window ends.
/// </summary>
public sealed class TokenCacheTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_cached_token_is_refused_at_once_when_its_owner_is_disabled(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await UsedTokenAsync(app, "xem");

        var (admin, xem) = (await ProvinceAdminAsync(app), await UserIdAsync(app, "xem"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            (await SetUserDisabled.HandleAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<UserManager<AppUser>>(), admin, xem, true, default))
                .Error.ShouldBeNull();
        }

        await (await client.GetAsync("/api/v1/me")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_cached_token_is_refused_at_once_when_a_new_role_requires_two_factor_sign_in(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await UsedTokenAsync(app, "xem");

        var (admin, xem) = (await ProvinceAdminAsync(app), await UserIdAsync(app, "xem"));
        var root = await app.WithDbAsync(db => db.Units.Where(u => u.TenantId == admin.TenantId && u.ParentId == null).Select(u => u.Id).SingleAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await AssignRole.HandleAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), admin, xem,
                new AssignmentInput { Role = Role.TenantAdmin, UnitId = root, IncludeDescendants = true }, default)).Error.ShouldBeNull();
        }

        // TenantAdmin is in Security:MfaRequiredRoles and "xem" has no authenticator: the token no longer serves.
        await (await client.GetAsync("/api/v1/me")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_cached_token_is_refused_at_once_after_its_owner_changes_the_password(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var api = await UsedTokenAsync(app, "xem");

        using var browser = await app.SignedInAsync("xem");
        var form = await CookieSession.FormTokenAsync(browser, "/Account/Manage/ChangePassword");
        using var changed = await browser.PostAsync("/Account/Manage/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Current"] = TestApp.DemoPassword,
            ["Input.New"] = "Sông Trà chảy 7 dòng",
            ["Input.Confirm"] = "Sông Trà chảy 7 dòng",
            ["__RequestVerificationToken"] = form,
        }));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await (await api.GetAsync("/api/v1/me")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_revocation_behind_the_apps_back_is_seen_only_when_the_window_ends(Provider provider)
    {
        // A long window: the cache answers without reading the token again (what another instance's revocation meets).
        await using (var app = await TestApp.StartAsync(provider, pg, settings: Window(600)))
        {
            using var client = await UsedTokenAsync(app, "xem");
            await RevokeBySqlAsync(app, "xem");
            (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // A one-second window: once it has passed, the revocation is read from the database.
        await using (var app = await TestApp.StartAsync(provider, pg, settings: Window(1)))
        {
            using var client = await UsedTokenAsync(app, "xem");
            await RevokeBySqlAsync(app, "xem");
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            await (await client.GetAsync("/api/v1/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        // Window 0: no cache at all.
        await using (var app = await TestApp.StartAsync(provider, pg, settings: Window(0)))
        {
            using var client = await UsedTokenAsync(app, "xem");
            await RevokeBySqlAsync(app, "xem");
            await (await client.GetAsync("/api/v1/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    private static Dictionary<string, string?> Window(int seconds) => new() { ["Security:TokenCacheSeconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A token client whose token has answered once (so its owner is in the cache).</summary>
    private static async Task<HttpClient> UsedTokenAsync(TestApp app, string userName)
    {
        var client = await app.ClientForAsync(userName);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return client;
    }

    /// <summary>Revokes the user's tokens with SQL, past the app's DbContext: as another instance would.</summary>
    private static Task RevokeBySqlAsync(TestApp app, string userName) => app.WithDbAsync(async db =>
    {
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var revokedAt = DateTime.UtcNow;
        (await db.AccessTokens.Where(t => t.UserId == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, revokedAt))).ShouldBeGreaterThan(0);
    });

    private static Task<Guid> UserIdAsync(TestApp app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private static Task<CurrentUser> ProvinceAdminAsync(TestApp app) => app.WithDbAsync(async db =>
    {
        var u = await db.Users.SingleAsync(x => x.UserName == "qtv.tinh");
        return new CurrentUser(u.Id, u.TenantId, u.UserName!);
    });
}
