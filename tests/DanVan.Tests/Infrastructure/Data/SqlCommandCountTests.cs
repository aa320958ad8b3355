using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Infrastructure.Data;

/// <summary>
/// QUALITY.md: a scoped list runs a fixed number of SQL commands per request — the same for a page of 5 and of 50, for
/// a user of one unit and one of the whole province (permissions as one predicate, never per row).
/// </summary>
public sealed class SqlCommandCountTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const int Budget = 5;

    private static readonly string[] Lists =
    [
        "/api/v1/people?limit={0}",
        "/api/v1/people?q=nguyen&limit={0}",
        "/api/v1/models?q=dan van&limit={0}",
        "/api/v1/documents?q=ke hoach&limit={0}",
        "/api/v1/ratings?year=2025&limit={0}",
    ];

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Scoped_lists_run_the_same_few_commands_whatever_the_page_size_and_the_scope(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        await app.CreateUserAsync("motdonvi", Role.UnitOfficer, await app.UnitIdAsync("XA001"), includeDescendants: false);
        using var counter = new SqlCommandCounter(app);
        var counts = new Dictionary<(string User, string List), int>();
        foreach (var user in new[] { "motdonvi", "thidua.stp", "tdkt.snv" })
        {
            using var client = await app.ClientForAsync(user);
            foreach (var list in Lists)
            {
                string Url(int limit) => string.Format(CultureInfo.InvariantCulture, list, limit);
                await Get(client, Url(50)); // warm: the first request of a token may refresh its last-use time
                var small = await counter.DuringAsync(() => Get(client, Url(5)));
                var large = await counter.DuringAsync(() => Get(client, Url(50)));

                large.ShouldNotBeEmpty($"{user} {list}: the counter saw no command"); // the counter works
                large.Count.ShouldBe(small.Count, $"{user} {list}: {string.Join("\n", large)}");
                large.Count.ShouldBeLessThanOrEqualTo(Budget, $"{user} {list}: {string.Join("\n", large)}");
                counts[(user, list)] = large.Count;
            }
        }

        // A grant without sub-units names its unit: no query for the scope's units (Scope.VisibleToAsync).
        foreach (var list in Lists.Where(l => l.StartsWith("/api/v1/people", StringComparison.Ordinal)))
        {
            counts[("motdonvi", list)].ShouldBe(counts[("thidua.stp", list)] - 1, list);
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_user_of_one_unit_without_its_sub_units_sees_exactly_that_units_people(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        await app.CreateUserAsync("motdonvi", Role.UnitOfficer, stp, includeDescendants: false);
        await app.CreatePersonAsync(stp, "Người Ở Sở Tư Pháp");
        await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Người Ở Phòng Thuộc Sở");
        using var client = await app.ClientForAsync("motdonvi");

        var page = await (await client.GetAsync("/api/v1/people?limit=200")).ReadAsync<Page<PersonDto>>();

        page.Items.ShouldContain(p => p.FullName == "Người Ở Sở Tư Pháp");
        page.Items.ShouldAllBe(p => p.UnitId == stp);
        page.Items.Count.ShouldBe(await app.WithDbAsync(db => db.People.CountAsync(p => p.UnitId == stp)));
        (await (await client.GetAsync("/api/v1/people?q=nguoi o phong thuoc so")).ReadAsync<Page<PersonDto>>()).Items.ShouldBeEmpty();
    }

    private static async Task Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
    }
}
