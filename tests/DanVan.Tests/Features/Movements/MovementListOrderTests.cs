using System.Net;
using DanVan.Features.Movements;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Features.Movements;

/// <summary>The movements list has one stated, stable order: newest year first, then latest launch date, then name — in every page.</summary>
public sealed class MovementListOrderTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Movements_are_listed_by_year_then_launch_date_newest_first_then_by_name_across_pages(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var ubnd = await app.UnitIdAsync("UBND");
        var tag = Guid.NewGuid().ToString("N")[..6];
        foreach (var (name, year, starts) in new[] { ("B", 2025, "2025-03-01"), ("A", 2024, "2024-03-01"), ("C", 2026, "2026-02-01"), ("A", 2026, "2026-05-01"), ("B", 2026, "2026-05-01") })
        {
            await (await officer.PostJsonAsync("/api/v1/movements", new
            {
                name = $"Thứ tự {tag} {name}", year, form = "Regular", launchingUnitId = ubnd, startsOn = starts, planDeadline = "2099-01-01",
                participants = new[] { new { unitId = ubnd, includeDescendants = true } },
            })).ReadAsync<MovementDto>(HttpStatusCode.Created);
        }

        var seen = new List<MovementListItem>();
        string? cursor = null;
        do
        {
            var page = await (await officer.GetAsync($"/api/v1/movements?q={tag}&limit=2{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}"))
                .ReadAsync<DanVan.Infrastructure.Web.Page<MovementListItem>>();
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        seen.Select(m => $"{m.Year} {m.StartsOn:MM-dd} {m.Name[^1]}").ShouldBe(["2026 05-01 A", "2026 05-01 B", "2026 02-01 C", "2025 03-01 B", "2024 03-01 A"]);
    }
}
