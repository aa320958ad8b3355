using System.Net;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Security;

public sealed class SignInThrottlingTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task More_than_twenty_sign_in_attempts_a_minute_from_one_address_are_refused_with_429_in_Vietnamese(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            using var response = await client.PostJsonAsync("/api/v1/tokens", new { username = $"khong-co-{i}", password = "sai-mat-khau-1" });
            statuses.Add(response.StatusCode);
        }

        statuses.Take(20).ShouldAllBe(s => s == HttpStatusCode.BadRequest);
        using var refused = await client.PostJsonAsync("/api/v1/tokens", new { username = "khong-co", password = "sai-mat-khau-1" });
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        problem.Detail.ShouldNotBeNull().ShouldContain("quá nhiều yêu cầu");

        // Showing the sign-in form is never throttled.
        using var form = await client.GetAsync("/Account/Login");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
