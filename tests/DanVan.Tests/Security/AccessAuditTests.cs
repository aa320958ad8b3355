using System.Net;
using DanVan.Infrastructure.Audit;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>
/// Denials that do not answer 403 (a page policy redirecting to the access-denied page; an existing object outside
/// the caller's scope answering 404) and every export of personal data leave an audit entry: who, what, when.
/// </summary>
public sealed class AccessAuditTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_page_denied_by_its_policy_is_audited_with_the_page_asked_for(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var viewer = await app.SignedInAsync("xem");
        using var response = await viewer.GetAsync("/Admin/Users");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");

        var entry = await LastAsync(app, "xem", AuditActions.AccessDenied);
        entry.Changes.ShouldNotBeNull().ShouldContain("GET /Admin/Users");

        // The browser follows the redirect: the access-denied page (a 403 itself) adds no second entry for one denial.
        using var denied = await viewer.GetAsync(response.Headers.Location);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == "xem" && a.Action == AuditActions.AccessDenied))).ShouldBe(1);
        AuditLog.Verify(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync())).ShouldBeNull();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_existing_person_outside_the_callers_scope_answers_404_and_is_audited(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var outside = await app.CreatePersonAsync(await app.UnitIdAsync("SYT"), "Hà Thị Ngoài");
        using var officer = await app.ClientForAsync("thidua.stp");

        using (var read = await officer.GetAsync($"/api/v1/people/{outside}"))
        {
            read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await LastAsync(app, "thidua.stp", AuditActions.AccessDenied)).Changes.ShouldNotBeNull().ShouldContain($"GET /api/v1/people/{outside}");

        using (var write = await officer.PutJsonAsync($"/api/v1/people/{outside}", new
               {
                   fullName = "Hà Thị Ngoài", gender = "Female", staffCategory = "CivilServant", unitId = await app.UnitIdAsync("SYT"),
               }))
        {
            write.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await LastAsync(app, "thidua.stp", AuditActions.AccessDenied)).Changes.ShouldNotBeNull().ShouldContain($"PUT /api/v1/people/{outside}");

        // An id that exists nowhere is an ordinary 404, not a denial.
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == "thidua.stp"));
        using (var missing = await officer.GetAsync($"/api/v1/people/{Guid.CreateVersion7()}"))
        {
            missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserName == "thidua.stp"))).ShouldBe(before);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_export_of_people_is_audited_with_who_what_and_when(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        var before = DateTime.UtcNow.AddSeconds(-1);
        using var response = await officer.GetAsync("/api/v1/people/export.xlsx?q=nguyen");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await response.Content.ReadAsByteArrayAsync();

        var entry = await LastAsync(app, "thidua.stp", "Exported");
        entry.EntityType.ShouldBe("Person");
        entry.At.ShouldBeGreaterThan(before);
        entry.UserId.ShouldNotBeNull();
        entry.Changes.ShouldNotBeNull().ShouldContain("/api/v1/people/export.xlsx?q=nguyen");
        AuditLog.Verify(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync())).ShouldBeNull();
    }

    private static Task<AuditEntry> LastAsync(TestApp app, string userName, string action) =>
        app.WithDbAsync(async db => (await db.AuditEntries.AsNoTracking().Where(a => a.UserName == userName && a.Action == action)
            .OrderByDescending(a => a.Seq).FirstOrDefaultAsync()).ShouldNotBeNull($"no {action} entry for {userName}"));
}
