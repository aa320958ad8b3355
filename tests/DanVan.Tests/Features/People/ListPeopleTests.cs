using System.Net;
using System.Text;
using DanVan.Features.People;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.People;

public sealed class ListPeopleTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Searching_without_diacritics_finds_the_accented_name(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("xem");

        foreach (var q in new[] { "nguyen van an", "NGUYEN VAN AN", "Nguyễn Văn Ấn", "Nguyễn Văn Ấn".Normalize(NormalizationForm.FormD) })
        {
            var page = await (await client.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(q)}")).ReadAsync<Page<PersonDto>>();
            page.Items.ShouldContain(p => p.FullName == "Nguyễn Văn Ấn", $"q={q}");
            page.Items.ShouldAllBe(p => VietnameseText.Fold(p.FullName).Contains("nguyen van an"));
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Searching_dao_finds_people_named_Dao_with_d_stroke(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("xem");

        var page = await (await client.GetAsync("/api/v1/people?q=dao&limit=200")).ReadAsync<Page<PersonDto>>();

        page.Items.ShouldContain(p => p.FullName == "Đào Thị Hoa");
        page.Items.ShouldAllBe(p => VietnameseText.Fold(p.FullName).Contains("dao"));
        var expected = await app.WithDbAsync(db => db.People.CountAsync(p => p.FullName.StartsWith("Đào ")));
        page.Items.Count(p => p.FullName.StartsWith("Đào ", StringComparison.Ordinal)).ShouldBe(expected);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Keyset_paging_walks_every_person_once_with_no_gaps(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("xem"); // a viewer of the whole province
        var expected = await app.WithDbAsync(db => db.People.Select(p => p.Id).ToListAsync());

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = "/api/v1/people?limit=37" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var page = await (await client.GetAsync(url)).ReadAsync<Page<PersonDto>>();
            page.Items.Count.ShouldBeLessThanOrEqualTo(37);
            seen.AddRange(page.Items.Select(p => p.Id));
            cursor = page.NextCursor;
            pages++;
            pages.ShouldBeLessThan(1000, "the cursor does not advance");
        }
        while (cursor is not null);

        expected.Count.ShouldBeGreaterThan(37 * 5);
        seen.Distinct().Count().ShouldBe(seen.Count, "a person was returned twice");
        seen.ToHashSet().SetEquals(expected).ShouldBeTrue($"walked {seen.Count} of {expected.Count}");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_unit_filter_returns_exactly_the_people_of_that_subtree(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("xem");
        var syt = await app.UnitIdAsync("SYT");
        var expected = await app.WithDbAsync(async db =>
        {
            var path = await db.Units.Where(u => u.Id == syt).Select(u => u.Path).SingleAsync();
            return await db.People.Where(p => p.Unit!.Path.StartsWith(path)).Select(p => p.Id).ToListAsync();
        });

        var page = await (await client.GetAsync($"/api/v1/people?unitId={syt}&limit=200")).ReadAsync<Page<PersonDto>>();

        expected.Count.ShouldBeGreaterThan(3);
        page.NextCursor.ShouldBeNull();
        page.Items.Select(p => p.Id).ToHashSet().SetEquals(expected).ShouldBeTrue();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_malformed_cursor_is_a_400_with_a_vietnamese_detail(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var client = await app.ClientForAsync("xem");

        foreach (var cursor in new[] { "!!!", "bm90LWEtY3Vyc29y", Convert.ToBase64String(Encoding.UTF8.GetBytes("abc\u001fnot-a-guid")) })
        {
            var problem = await (await client.GetAsync($"/api/v1/people?cursor={Uri.EscapeDataString(cursor)}"))
                .ProblemAsync(HttpStatusCode.BadRequest);
            problem.Code.ShouldBe("bad_cursor");
            problem.Detail.ShouldBe("Tham số cursor không hợp lệ.");
        }
    }
}
