using System.Net;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Features.Health;

public sealed class HealthTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Liveness_and_readiness_answer_200_without_signing_in(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);
        using var client = app.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
