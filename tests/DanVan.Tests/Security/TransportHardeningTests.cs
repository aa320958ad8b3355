using System.Net;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>
/// Behind HTTPS and a reverse proxy (ASVS 5.0 V3.3, V3.4, V3.5, V13.4): host-only secure cookies, HSTS, the real client
/// address for throttling, anti-forgery on cookie-authenticated API writes, no anonymous API docs or demo data in production.
/// </summary>
[LongRunning]
public sealed class TransportHardeningTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Over_https_the_cookies_are_host_prefixed_and_secure_and_hsts_is_sent(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, settings: new Dictionary<string, string?> { ["Security:RequireHttps"] = "true" });
        using var client = app.CreateClient();
        client.BaseAddress = new Uri("https://danvan.example/");

        using var form = await client.GetAsync("/Account/Login");
        form.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.Contains("danvan.af", StringComparison.Ordinal));
        antiforgery.ShouldStartWith("__Host-danvan.af=");
        antiforgery.ShouldContain("secure", Case.Insensitive);
        antiforgery.ShouldContain("path=/");

        var token = await CookieSession.FormTokenAsync(client, "/Account/Login");
        using var login = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "tdkt.snv", ["Input.Password"] = TestApp.DemoPassword, ["__RequestVerificationToken"] = token,
        }));
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = login.Headers.GetValues("Set-Cookie").Single(c => c.Contains("danvan.auth", StringComparison.Ordinal));
        session.ShouldStartWith("__Host-danvan.auth=");
        session.ShouldContain("secure", Case.Insensitive);
        session.ShouldContain("httponly", Case.Insensitive);
        (await client.GetAsync("/People")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Behind_a_known_proxy_sign_in_throttling_counts_each_real_client_and_ignores_forged_headers_from_others(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false, services: ClientAddress.Register,
            settings: new Dictionary<string, string?> { ["Security:KnownProxies"] = "10.0.0.5", ["Security:KnownNetworks"] = "172.16.0.0/12" });
        using var client = app.CreateClient();

        async Task<HttpStatusCode> Attempt(string peer, string? forwardedFor)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tokens")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { username = "khong-co", password = "sai-mat-khau-1" }),
            }.From(peer);
            if (forwardedFor is not null)
            {
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            }

            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        for (var i = 0; i < 20; i++)
        {
            (await Attempt("10.0.0.5", "203.0.113.1")).ShouldBe(HttpStatusCode.BadRequest);
        }

        (await Attempt("10.0.0.5", "203.0.113.1")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await Attempt("10.0.0.5", "203.0.113.2")).ShouldBe(HttpStatusCode.BadRequest); // another client through the same proxy
        (await Attempt("172.20.1.1", "203.0.113.3")).ShouldBe(HttpStatusCode.BadRequest); // a proxy in a known network

        // A client that is not a proxy cannot pick a fresh address per request.
        for (var i = 0; i < 20; i++)
        {
            (await Attempt("198.51.100.9", $"192.0.2.{i}")).ShouldBe(HttpStatusCode.BadRequest);
        }

        (await Attempt("198.51.100.9", "192.0.2.200")).ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_cookie_authenticated_api_write_needs_the_anti_forgery_token_a_bearer_one_does_not(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var bearer = await app.ClientForAsync("tdkt.snv");
        var tokenIds = await app.WithDbAsync(db => db.AccessTokens.Where(t => db.Users.Any(u => u.Id == t.UserId && u.UserName == "tdkt.snv"))
            .Select(t => t.Id).ToListAsync());
        using var browser = await app.SignedInAsync("tdkt.snv");

        var refused = await (await browser.DeleteAsync($"/api/v1/tokens/{tokenIds[0]}")).ProblemAsync(HttpStatusCode.BadRequest);
        Vietnamese.LooksVietnamese(refused.Detail).ShouldBeTrue(refused.Detail);
        (await app.WithDbAsync(db => db.AccessTokens.Where(t => t.Id == tokenIds[0]).Select(t => t.RevokedAt).SingleAsync())).ShouldBeNull();

        // Reading with the cookie stays as it was (the pages' links to exports and photos).
        (await browser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A page's anti-forgery token in the header makes the same request acceptable.
        using var withToken = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/tokens/{tokenIds[0]}");
        withToken.Headers.Add("RequestVerificationToken", await CookieSession.FormTokenAsync(browser, "/Account/Manage/Tokens"));
        (await browser.SendAsync(withToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Bearer clients are not browsers: no token needed.
        using var second = await app.ClientForAsync("tdkt.snv");
        var other = await app.WithDbAsync(db => db.AccessTokens.Where(t => t.RevokedAt == null && db.Users.Any(u => u.Id == t.UserId && u.UserName == "tdkt.snv"))
            .Select(t => t.Id).FirstAsync());
        (await second.DeleteAsync($"/api/v1/tokens/{other}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task In_production_the_api_docs_and_demo_seeding_are_off_unless_enabled(Provider provider)
    {
        await using (var production = await TestApp.StartAsync(provider, pg, seedDemo: false,
                         settings: new Dictionary<string, string?> { ["environment"] = "Production", ["Database:SeedDemo"] = "" }))
        {
            using var client = production.CreateClient();
            // Not served: the anonymous caller is sent to the sign-in page like for any unknown address.
            (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
            (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
            (await production.WithDbAsync(db => db.Tenants.AnyAsync())).ShouldBeFalse();
        }

        await using var enabled = await TestApp.StartAsync(provider, pg, seedDemo: false,
            settings: new Dictionary<string, string?> { ["environment"] = "Production", ["Api:Docs"] = "true" });
        using var docs = enabled.CreateClient();
        (await docs.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK); // the UI itself needs a session, as before
    }
}
