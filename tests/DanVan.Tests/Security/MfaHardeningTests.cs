using System.Net;
using System.Text.RegularExpressions;
using DanVan.Features.Accounts;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>Two-factor sign-in (ASVS 5.0 V6): one-time codes, enrolment behind the password, recovery codes, MFA by role.</summary>
public sealed partial class MfaHardeningTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [GeneratedRegex("<code id=\"mfa-key\">([^<]+)</code>")]
    private static partial Regex KeyField();

    [GeneratedRegex("<li><code class=\"dv-recovery-code\">([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_totp_code_is_accepted_once_and_refused_when_replayed_within_its_window(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var key = await EnableTotpAsync(app, "tdkt.snv");
        var code = Totp.Compute(key, DateTimeOffset.UtcNow);
        using var client = app.CreateClient();

        using var first = await client.PostJsonAsync("/api/v1/tokens", new { username = "tdkt.snv", password = TestApp.DemoPassword, totp = code });
        first.StatusCode.ShouldBe(HttpStatusCode.OK, WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync()));
        var replay = await (await client.PostJsonAsync("/api/v1/tokens", new { username = "tdkt.snv", password = TestApp.DemoPassword, totp = code }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        replay.Code.ShouldBe("auth.totp_required");
        (await app.WithDbAsync(db => db.AccessTokens.CountAsync(t => t.Name == "API"))).ShouldBe(1);

        // The same code on the web sign-in page is refused too; a later code is accepted.
        using var web = app.CreateClient();
        var mfaPage = await SubmitPasswordAsync(web, "tdkt.snv", TestApp.DemoPassword);
        using (var again = await PostFormAsync(web, mfaPage, new() { ["Code"] = code }))
        {
            again.StatusCode.ShouldBe(HttpStatusCode.OK);
            (WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync())).ShouldContain("Mã xác thực không đúng");
        }

        using var next = await PostFormAsync(web, mfaPage, new() { ["Code"] = Totp.Compute(key, DateTimeOffset.UtcNow.AddSeconds(30)) });
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Any_user_enrols_from_the_account_menu_only_with_the_current_password_and_gets_ten_recovery_codes_once(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.SignedInAsync("thidua.stp");
        (WebUtility.HtmlDecode(await client.GetStringAsync("/"))).ShouldContain("href=\"/Account/Mfa\"");
        var key = KeyOf(WebUtility.HtmlDecode(await client.GetStringAsync("/Account/Mfa")));

        using (var noPassword = await PostFormAsync(client, "/Account/Mfa", new() { ["Code"] = Totp.Compute(key, DateTimeOffset.UtcNow) }))
        {
            noPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
            (WebUtility.HtmlDecode(await noPassword.Content.ReadAsStringAsync())).ShouldContain("Vui lòng nhập mật khẩu hiện tại");
        }

        using (var wrongPassword = await PostFormAsync(client, "/Account/Mfa",
                   new() { ["Password"] = "Sai-Mat-Khau-2026", ["Code"] = Totp.Compute(key, DateTimeOffset.UtcNow) }))
        {
            (WebUtility.HtmlDecode(await wrongPassword.Content.ReadAsStringAsync())).ShouldContain("Mật khẩu hiện tại không đúng");
        }

        (await TwoFactorEnabledAsync(app, "thidua.stp")).ShouldBeFalse();

        using var enrolled = await PostFormAsync(client, "/Account/Mfa",
            new() { ["Password"] = TestApp.DemoPassword, ["Code"] = Totp.Compute(key, DateTimeOffset.UtcNow) });
        var html = WebUtility.HtmlDecode(await enrolled.Content.ReadAsStringAsync());
        enrolled.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var codes = RecoveryCode().Matches(html).Select(m => m.Groups[1].Value).ToList();
        codes.Count.ShouldBe(10);
        codes.Distinct().Count().ShouldBe(10);
        (await TwoFactorEnabledAsync(app, "thidua.stp")).ShouldBeTrue();

        // Shown once; stored only as hashes.
        RecoveryCode().Count(WebUtility.HtmlDecode(await client.GetStringAsync("/Account/Mfa"))).ShouldBe(0);
        var stored = await app.WithDbAsync(db => db.UserTokens.Select(t => t.Value ?? "").ToListAsync());
        stored.ShouldNotContain(v => codes.Any(c => v.Contains(c, StringComparison.OrdinalIgnoreCase)));

        // Each recovery code signs in once, in place of the authenticator code.
        using var other = app.CreateClient();
        using (var recovered = await PostFormAsync(other, await SubmitPasswordAsync(other, "thidua.stp", TestApp.DemoPassword), new() { ["Code"] = codes[3] }))
        {
            recovered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            recovered.Headers.Location!.ToString().ShouldBe("/");
        }

        using var third = app.CreateClient();
        using var reused = await PostFormAsync(third, await SubmitPasswordAsync(third, "thidua.stp", TestApp.DemoPassword), new() { ["Code"] = codes[3] });
        reused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync())).ShouldContain("Mã xác thực không đúng");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Replacing_the_authenticator_requires_the_current_password(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.SignedInAsync("qtv.tinh");
        var keyBefore = await app.WithDbAsync(async db => await db.UserTokens
            .Where(t => t.Name == "AuthenticatorKey" && db.Users.Any(u => u.Id == t.UserId && u.UserName == "qtv.tinh")).Select(t => t.Value).SingleAsync());

        using (var refused = await PostFormAsync(client, "/Account/Mfa?handler=Replace", new() { ["Password"] = "Sai-Mat-Khau-2026" }))
        {
            (WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync())).ShouldContain("Mật khẩu hiện tại không đúng");
        }

        (await TwoFactorEnabledAsync(app, "qtv.tinh")).ShouldBeTrue();
        using var replaced = await PostFormAsync(client, "/Account/Mfa?handler=Replace", new() { ["Password"] = TestApp.DemoPassword });
        replaced.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TwoFactorEnabledAsync(app, "qtv.tinh")).ShouldBeFalse(); // until the new authenticator is confirmed
        var keyAfter = await app.WithDbAsync(async db => await db.UserTokens
            .Where(t => t.Name == "AuthenticatorKey" && db.Users.Any(u => u.Id == t.UserId && u.UserName == "qtv.tinh")).Select(t => t.Value).SingleAsync());
        keyAfter.ShouldNotBe(keyBefore);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Mfa_is_required_for_the_roles_named_in_Security_MfaRequiredRoles(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg,
            settings: new Dictionary<string, string?> { ["Security:MfaRequiredRoles"] = "SystemAdmin, TenantAdmin, CommendationOfficer" });
        using var client = app.CreateClient();
        (await SubmitPasswordAsync(client, "tdkt.snv", TestApp.DemoPassword)).ShouldBe("/");
        using var people = await client.GetAsync("/People");
        people.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        people.Headers.Location!.ToString().ShouldBe("/Account/Mfa");
        (WebUtility.HtmlDecode(await client.GetStringAsync("/Account/Mfa"))).ShouldContain("bắt buộc bật xác thực hai lớp");

        var problem = await (await app.CreateClient().PostJsonAsync("/api/v1/tokens", new { username = "tdkt.snv", password = TestApp.DemoPassword }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        problem.Code.ShouldBe("auth.mfa_setup_required");

        // A role not in the list is not held to it.
        using var viewer = app.CreateClient();
        (await SubmitPasswordAsync(viewer, "xem", TestApp.DemoPassword)).ShouldBe("/");
        (await viewer.GetAsync("/People")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_token_from_the_tokens_page_needs_the_current_password_and_for_mfa_users_a_code(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var before = await app.WithDbAsync(db => db.AccessTokens.CountAsync());
        using var officer = await app.SignedInAsync("tdkt.snv");
        foreach (var form in new Dictionary<string, string>[] { new() { ["Name"] = "không mật khẩu" }, new() { ["Name"] = "sai", ["Password"] = "Sai-Mat-Khau-2026" } })
        {
            using var refused = await PostFormAsync(officer, "/Account/Manage/Tokens?handler=Issue", form);
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync())).ShouldNotContain("id=\"new-token\"");
        }

        (await app.WithDbAsync(db => db.AccessTokens.CountAsync())).ShouldBe(before);
        using (var issued = await PostFormAsync(officer, "/Account/Manage/Tokens?handler=Issue", new() { ["Name"] = "đúng", ["Password"] = TestApp.DemoPassword }))
        {
            (WebUtility.HtmlDecode(await issued.Content.ReadAsStringAsync())).ShouldContain("id=\"new-token\"");
        }

        using var admin = await app.SignedInAsync("qtv.tinh");
        var key = await app.WithDbAsync(async db => await db.UserTokens
            .Where(t => t.Name == "AuthenticatorKey" && db.Users.Any(u => u.Id == t.UserId && u.UserName == "qtv.tinh")).Select(t => t.Value!).SingleAsync());
        using (var noCode = await PostFormAsync(admin, "/Account/Manage/Tokens?handler=Issue", new() { ["Name"] = "thiếu mã", ["Password"] = TestApp.DemoPassword }))
        {
            var html = WebUtility.HtmlDecode(await noCode.Content.ReadAsStringAsync());
            html.ShouldNotContain("id=\"new-token\"");
            html.ShouldContain("mã xác thực");
        }

        using (var withCode = await PostFormAsync(admin, "/Account/Manage/Tokens?handler=Issue", new()
               {
                   ["Name"] = "đủ", ["Password"] = TestApp.DemoPassword, ["Totp"] = Totp.Compute(key, DateTimeOffset.UtcNow.AddSeconds(30)),
               }))
        {
            (WebUtility.HtmlDecode(await withCode.Content.ReadAsStringAsync())).ShouldContain("id=\"new-token\"");
        }

        (await app.WithDbAsync(db => db.AccessTokens.CountAsync())).ShouldBe(before + 2);
    }

    private static async Task<string> EnableTotpAsync(TestApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    private static Task<bool> TwoFactorEnabledAsync(TestApp app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.TwoFactorEnabled).SingleAsync());

    private static string KeyOf(string html) =>
        KeyField().Match(html) is { Success: true } m ? m.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            : throw new InvalidOperationException("No TOTP key on the page.");

    /// <summary>Submits the sign-in form; returns where it redirects (the MFA step, or the return URL).</summary>
    private static async Task<string> SubmitPasswordAsync(HttpClient client, string userName, string password)
    {
        using var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return response.Headers.Location!.ToString();
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(client, page.Split('?')[0]);
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }
}
