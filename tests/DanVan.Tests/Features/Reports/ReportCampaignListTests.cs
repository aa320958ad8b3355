using DanVan.Features.Reports;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Features.Reports;

/// <summary>
/// The campaigns list is built set-based (a fixed number of queries) and says, for each campaign, exactly what the
/// campaign's own page says: the same rate over the same reports, for a reviewer (every unit) and for a commune (its own).
/// </summary>
public sealed class ReportCampaignListTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_listed_campaign_has_the_rate_its_own_page_shows_for_a_reviewer_and_for_a_commune(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        foreach (var userName in new[] { "tdkt.snv", "thidua.xa001", "thidua.stp" })
        {
            using var client = await app.ClientForAsync(userName);
            var list = await (await client.GetAsync("/api/v1/reports/campaigns")).ReadAsync<List<CampaignDto>>();
            if (userName != "thidua.stp")
            {
                list.ShouldNotBeEmpty(userName);
            }

            foreach (var listed in list)
            {
                var own = (await (await client.GetAsync($"/api/v1/reports/campaigns/{listed.Id}")).ReadAsync<RollUpDto>()).Campaign;
                listed.ShouldBe(own, $"{userName}: {listed.Name}");
            }

            if (userName == "tdkt.snv")
            {
                list.ShouldContain(c => c.CanReview && c.Expected > 1);
            }
            else if (userName == "thidua.xa001")
            {
                list.ShouldAllBe(c => !c.CanReview && c.Expected == 1);
            }
        }
    }
}
