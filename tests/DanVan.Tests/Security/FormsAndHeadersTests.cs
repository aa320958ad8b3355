using System.Net;
using DanVan.Infrastructure.Audit;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>Anti-forgery on every state-changing form, security headers on every response, denials audited.</summary>
public sealed class FormsAndHeadersTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    /// <summary>Every page with a POST handler (handler name after '?handler=' where the page has several).</summary>
    private static readonly string[] PostForms =
    [
        "/Account/Login", "/Account/LoginMfa", "/Account/Logout", "/Account/Mfa", "/Account/Mfa?handler=Replace", "/Account/Mfa?handler=RecoveryCodes",
        "/Account/Manage/ChangePassword",
        "/Account/Manage/Tokens?handler=Issue", "/Units/Edit", "/Units/Merge", "/Units/Import", "/Units/Kinds", "/People/Edit",
        "/People/Import", "/Admin/Users/Create", "/Documents/Create", "/Documents/Create?handler=Extract",
        "/Documents/Edit/00000000-0000-0000-0000-000000000001", "/Documents/Details/00000000-0000-0000-0000-000000000001?handler=Upload",
        "/Movements/Edit", "/Movements/Details/00000000-0000-0000-0000-000000000001?handler=Launch",
        "/Movements/Details/00000000-0000-0000-0000-000000000001?handler=Close", "/Movements/FilePlan/00000000-0000-0000-0000-000000000001",
        "/Movements/FilePlan/00000000-0000-0000-0000-000000000001?handler=Withdraw",
        "/Registrations/Edit/00000000-0000-0000-0000-000000000001", "/Registrations/Edit/00000000-0000-0000-0000-000000000001?handler=People",
        "/Registrations/Edit/00000000-0000-0000-0000-000000000001?handler=Remove", "/Registrations/Edit/00000000-0000-0000-0000-000000000001?handler=Approve",
        "/Registrations/Edit/00000000-0000-0000-0000-000000000001?handler=Reopen",
        "/Models/Edit", "/Models/Edit/00000000-0000-0000-0000-000000000001",
        "/Models/Details/00000000-0000-0000-0000-000000000001?handler=Transition",
        "/Models/Details/00000000-0000-0000-0000-000000000001?handler=Progress", "/Models/Details/00000000-0000-0000-0000-000000000001?handler=Evidence",
        "/Models/Details/00000000-0000-0000-0000-000000000001?handler=Review", "/Models/Details/00000000-0000-0000-0000-000000000001?handler=Publish",
        "/Models/Recognition",
        "/Ratings?handler=Rate", "/Ratings/Import", "/Clusters?handler=Create", "/Clusters?handler=Copy",
        "/Clusters/Details/00000000-0000-0000-0000-000000000001?handler=Add", "/Clusters/Details/00000000-0000-0000-0000-000000000001?handler=Remove",
        "/Clusters/Details/00000000-0000-0000-0000-000000000001?handler=Leaders",
        "/Awards/Register", "/Awards/RegisterImport", "/Awards/Withdraw/00000000-0000-0000-0000-000000000001",
        "/Awards/Correct/00000000-0000-0000-0000-000000000001", "/Consultations/Addressed",
        "/Certificates/Decision/00000000-0000-0000-0000-000000000001?handler=Batch",
        "/Certificates/Artwork?handler=Upload", "/Certificates/Artwork?handler=Remove",
        "/Contests/Edit", "/Contests/Edit?handler=AddRound", "/Contests/Quiz/00000000-0000-0000-0000-000000000001?handler=Question",
        "/Contests/Quiz/00000000-0000-0000-0000-000000000001?handler=Answers", "/Contests/Quiz/00000000-0000-0000-0000-000000000001?handler=Import",
        "/Contests/Quiz/00000000-0000-0000-0000-000000000001?handler=Seats", "/Contests/Quiz/00000000-0000-0000-0000-000000000001?handler=Start",
        "/Contests/Quiz/00000000-0000-0000-0000-000000000001?handler=Pause", "/Contests/Quiz/00000000-0000-0000-0000-000000000001?handler=Resume",
        "/Contests/Quiz/00000000-0000-0000-0000-000000000001?handler=Extend",
        "/hoi-thi/lam-bai/0123456789",
        "/Contests/Results/00000000-0000-0000-0000-000000000001?handler=Prizes", "/Contests/Results/00000000-0000-0000-0000-000000000001?handler=Issue",
    ];

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_form_post_without_the_anti_forgery_token_is_refused_and_changes_nothing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.SignedInAsync("qtv.tinh");
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action != AuditActions.AccessDenied));
        foreach (var form in PostForms)
        {
            using var response = await client.PostAsync(form, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Code"] = "CSRF", ["Input.Name"] = "Tấn công", ["Input.UserName"] = "csrf", ["Name"] = "csrf",
            }));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, form);
        }

        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action != AuditActions.AccessDenied))).ShouldBe(auditBefore);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Signing_out_with_the_layout_form_ends_the_session(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.SignedInAsync("thidua.stp");
        (await client.GetAsync("/People")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await CookieSession.FormTokenAsync(client, "/");
        using var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));
        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var after = await client.GetAsync("/People");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_response_carries_the_security_headers(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var anonymous = app.CreateClient();
        using var signedIn = await app.SignedInAsync("thidua.stp");
        foreach (var (client, url) in new[]
                 {
                     (anonymous, "/"), (anonymous, "/Account/Login"), (anonymous, "/api/v1/units"), (anonymous, "/health/live"),
                     (anonymous, "/css/site.css"), (anonymous, "/nowhere"), (signedIn, "/"), (signedIn, "/Units"),
                     (signedIn, "/People?q=dao"), (signedIn, "/api/v1/me"), (signedIn, "/openapi/v1.json"),
                 })
        {
            using var response = await client.GetAsync(url);
            response.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff", url);
            response.Headers.GetValues("X-Frame-Options").ShouldContain("DENY", url);
            response.Headers.GetValues("Content-Security-Policy").Single().Contains("frame-ancestors 'none'", StringComparison.Ordinal).ShouldBeTrue(url);
            response.Headers.GetValues("Referrer-Policy").ShouldNotBeEmpty(url);
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_authorization_denial_is_written_to_the_audit_log(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var viewer = await app.ClientForAsync("xem");
        using var denied = await viewer.PostJsonAsync("/api/v1/people/", new
        {
            fullName = "Nguyễn Văn Cấm", gender = "Male", staffCategory = "CivilServant",
            unitId = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "STP").Select(u => u.Id).SingleAsync()),
        });
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.AccessDenied).OrderByDescending(a => a.Seq).FirstAsync());
        entry.UserName.ShouldBe("xem");
        entry.Changes.ShouldNotBeNull().ShouldContain("POST /api/v1/people");
        AuditLog.Verify(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync())).ShouldBeNull();
    }
}
