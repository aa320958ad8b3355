using System.Net;
using DanVan.Features.Accounts;
using DanVan.Tests.Features.People;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>
/// ADR 0003: an object outside the caller's view scope (a sibling department, another tenant) answers 404 exactly
/// like an id that does not exist; an object the caller may view but not change answers 403.
/// </summary>
[Collection("app")]
public sealed class IdorTests(PostgresServer pg)
{
    private enum Target
    {
        Unit,
        Person,
        Token,
    }

    /// <summary>Every API route that takes an object id. A new one must be added here (see the last test).</summary>
    private static readonly (string Method, string Route, Target Target)[] IdRoutes =
    [
        ("GET", "/api/v1/units/{id}", Target.Unit),
        ("PUT", "/api/v1/units/{id}", Target.Unit),
        ("POST", "/api/v1/units/{id}/move", Target.Unit),
        ("GET", "/api/v1/people/{id}", Target.Person),
        ("PUT", "/api/v1/people/{id}", Target.Person),
        ("POST", "/api/v1/people/{id}/transfer", Target.Person),
        ("DELETE", "/api/v1/tokens/{id}", Target.Token),
    ];

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ids_from_a_sibling_department_or_another_tenant_answer_404_exactly_like_unknown_ids(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var w = await WorldAsync(app);
        using var officer = await app.ClientForAsync("thidua.stp");
        var snapshot = await SnapshotAsync(app, w);

        foreach (var (method, route, target) in IdRoutes)
        {
            var unknown = await SendAsync(officer, method, route, Guid.NewGuid(), w);
            var expected = await unknown.ProblemAsync(HttpStatusCode.NotFound);
            var foreignIds = target switch
            {
                Target.Unit => new[] { w.Syt, w.OtherUnit },
                Target.Person => [w.SytPerson, w.OtherPerson],
                Target.Token => [w.SytToken, w.OtherToken],
                _ => throw new InvalidOperationException($"Unknown target {target}."),
            };
            foreach (var id in foreignIds)
            {
                var problem = await (await SendAsync(officer, method, route, id, w)).ProblemAsync(HttpStatusCode.NotFound);
                problem.ShouldBe(expected, $"{method} {route} with {id}");
            }
        }

        (await SnapshotAsync(app, w)).ShouldBe(snapshot, "nothing outside the officer's scope changed");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Foreign_ids_inside_a_request_body_or_query_answer_404_too(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var w = await WorldAsync(app);
        using var officer = await app.ClientForAsync("thidua.stp");
        var snapshot = await SnapshotAsync(app, w);

        foreach (var unit in new[] { w.Syt, w.OtherUnit })
        {
            await (await officer.PostJsonAsync("/api/v1/people", PersonRequests.Valid("Người Mới", unit))).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.PostJsonAsync($"/api/v1/people/{w.OwnPerson}/transfer", new { toUnitId = unit })).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.GetAsync($"/api/v1/people?unitId={unit}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.GetAsync($"/api/v1/units?unitId={unit}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.PostJsonAsync("/api/v1/units", new { code = "MOI", name = "Đơn vị mới", kindId = w.DeptKind, parentId = unit }))
                .ProblemAsync(HttpStatusCode.NotFound);
            await (await officer.PostJsonAsync("/api/v1/units/merge", new { sourceIds = new[] { unit }, targetId = w.Stp, effectiveOn = "2026-01-01" }))
                .ProblemAsync(HttpStatusCode.NotFound);
        }

        (await SnapshotAsync(app, w)).ShouldBe(snapshot);
        (await app.WithDbAsync(db => db.People.AsNoTracking().Where(p => p.Id == w.OwnPerson).Select(p => p.UnitId).SingleAsync())).ShouldBe(w.Stp);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Objects_in_view_scope_without_the_right_to_change_them_answer_403(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var w = await WorldAsync(app);
        using var officer = await app.ClientForAsync("thidua.stp"); // manages people, not units
        using var viewer = await app.ClientForAsync("xem");        // views everything, changes nothing

        var forbidden = new List<HttpResponseMessage>
        {
            await officer.PutJsonAsync($"/api/v1/units/{w.Stp}", new { code = "STP", name = "Sở Tư pháp (sửa)", kindId = w.DeptKind }),
            await officer.PostJsonAsync($"/api/v1/units/{w.Stp}/move", new { newParentId = w.Snv }),
            await officer.PostJsonAsync("/api/v1/units", new { code = "STP.MOI", name = "Phòng mới", kindId = w.DeptKind, parentId = w.Stp }),
            await viewer.PutJsonAsync($"/api/v1/people/{w.SytPerson}", PersonRequests.Valid("Tên Mới", w.Syt)),
            await viewer.PostJsonAsync($"/api/v1/people/{w.SytPerson}/transfer", new { toUnitId = w.Stp }),
            await viewer.PostJsonAsync("/api/v1/people", PersonRequests.Valid("Người Mới", w.Stp)),
        };

        foreach (var response in forbidden)
        {
            var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
            problem.Code.ShouldBe("forbidden");
            problem.Detail.ShouldBe("Bạn không có quyền thực hiện thao tác này.");
            response.Dispose();
        }

        (await viewer.GetAsync($"/api/v1/people/{w.SytPerson}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_id_taking_api_route_is_in_the_table_above()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false);
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal) && raw.Contains('{', StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {e.RoutePattern.RawText!.Replace(":guid", "", StringComparison.Ordinal)}"))
            .ToHashSet();

        routes.ShouldNotBeEmpty();
        var table = IdRoutes.Select(r => $"{r.Method} {r.Route}").ToHashSet();
        routes.Except(table).ShouldBeEmpty("id-taking API routes missing from IdorTests.IdRoutes: add them with a request body");
        table.Except(routes).ShouldBeEmpty("routes in IdorTests.IdRoutes that the app no longer maps");
    }

    private sealed record World(Guid Stp, Guid Snv, Guid Office, Guid OwnPerson, Guid DeptKind, Guid Syt, Guid SytPerson, Guid SytToken,
        Guid OtherUnit, Guid OtherPerson, Guid OtherToken);

    private static async Task<World> WorldAsync(TestApp app)
    {
        var other = await app.CreateTenantAsync("KHAC");
        var otherUnit = await app.CreateUnitAsync(other.RootId, other.DeptKindId, "KHAC.STP", "Sở Tư pháp tỉnh Khác");
        var otherPerson = await app.CreatePersonAsync(otherUnit, "Người Tỉnh Khác");
        await app.CreateUserAsync("thidua.khac", Role.UnitOfficer, otherUnit);
        (await app.ClientForAsync("thidua.khac")).Dispose();
        (await app.ClientForAsync("thidua.syt")).Dispose();
        return await app.WithDbAsync(async db =>
        {
            Task<Guid> TokenOf(string user) => db.AccessTokens.Where(t => db.Users.Any(u => u.Id == t.UserId && u.UserName == user))
                .Select(t => t.Id).FirstAsync();
            Task<Guid> Unit(string code) => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
            var stp = await Unit("STP");
            var syt = await Unit("SYT");
            return new World(stp, await Unit("SNV"), await Unit("STP.P1"),
                await db.People.Where(p => p.UnitId == stp).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                await db.Units.Where(u => u.Id == stp).Select(u => u.KindId).SingleAsync(),
                syt, await db.People.Where(p => p.UnitId == syt).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(), await TokenOf("thidua.syt"),
                otherUnit, otherPerson, await TokenOf("thidua.khac"));
        });
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string route, Guid id, World w)
    {
        var url = route.Replace("{id}", id.ToString(), StringComparison.Ordinal);
        return (method, route) switch
        {
            ("GET", _) => client.GetAsync(url),
            ("DELETE", _) => client.DeleteAsync(url),
            ("PUT", "/api/v1/units/{id}") => client.PutJsonAsync(url, new { code = "DOI-MA", name = "Tên mới", kindId = w.DeptKind }),
            ("POST", "/api/v1/units/{id}/move") => client.PostJsonAsync(url, new { newParentId = w.Stp }),
            ("PUT", "/api/v1/people/{id}") => client.PutJsonAsync(url, PersonRequests.Valid("Tên Mới", w.Stp)),
            ("POST", "/api/v1/people/{id}/transfer") => client.PostJsonAsync(url, new { toUnitId = w.Office }),
            _ => throw new InvalidOperationException($"No request body defined for {method} {route}."),
        };
    }

    /// <summary>What an IDOR would change: names, units and parents of the foreign rows, and the foreign tokens' revocation.</summary>
    private static Task<string> SnapshotAsync(TestApp app, World w) => app.WithDbAsync(async db =>
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Id == w.Syt || u.Id == w.OtherUnit)
            .OrderBy(u => u.Code).Select(u => u.Code + "|" + u.Name + "|" + u.Path + "|" + u.ParentId).ToListAsync();
        var people = await db.People.AsNoTracking().Where(p => p.Id == w.SytPerson || p.Id == w.OtherPerson)
            .OrderBy(p => p.FullName).Select(p => p.FullName + "|" + p.UnitId).ToListAsync();
        var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.Id == w.SytToken || t.Id == w.OtherToken)
            .Select(t => t.RevokedAt).ToListAsync();
        return string.Join("\n", units.Concat(people).Concat(tokens.Select(r => r?.ToString("O") ?? "active")));
    });
}
