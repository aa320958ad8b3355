using System.Net;
using DanVan.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Accounts;

/// <summary>QUALITY.md: idle timeout 15 minutes, absolute 8 hours, whatever the activity.</summary>
public sealed class SessionTimeoutTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static async Task<bool> SignedInAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/People");
        return response.StatusCode == HttpStatusCode.OK;
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_session_ends_after_15_idle_minutes_and_after_8_hours_even_when_active(Provider provider)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));

        using (var idle = await app.SignedInAsync("thidua.stp"))
        {
            (await SignedInAsync(idle)).ShouldBeTrue();
            clock.Advance(TimeSpan.FromMinutes(14));
            (await SignedInAsync(idle)).ShouldBeTrue("14 idle minutes are within the limit (and renew the session)");
            clock.Advance(TimeSpan.FromMinutes(16));
            (await SignedInAsync(idle)).ShouldBeFalse("16 idle minutes end the session");
        }

        using var busy = await app.SignedInAsync("thidua.stp");
        var active = TimeSpan.Zero;
        while (active < TimeSpan.FromMinutes(470))
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            active += TimeSpan.FromMinutes(10);
            (await SignedInAsync(busy)).ShouldBeTrue($"still active after {active}");
        }

        clock.Advance(TimeSpan.FromMinutes(10)); // 8 h exactly, last use 10 minutes ago
        (await SignedInAsync(busy)).ShouldBeTrue("at exactly 8 hours the session is still valid");
        clock.Advance(TimeSpan.FromMinutes(10)); // 8 h 10 min, last use 10 minutes ago: idle is fine, absolute is not
        (await SignedInAsync(busy)).ShouldBeFalse("past 8 hours the session ends even though it was used every 10 minutes");
    }
}
