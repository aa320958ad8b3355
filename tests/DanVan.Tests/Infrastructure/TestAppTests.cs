using System.Net;

namespace DanVan.Tests.Infrastructure;

/// <summary>The harness itself: what browser tests rely on.</summary>
public sealed class TestAppTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task The_real_server_mode_listens_on_a_loopback_port_and_serves_static_files()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, realServer: true);

        app.BaseAddress.Host.ShouldBe("127.0.0.1");
        app.BaseAddress.Port.ShouldNotBe(80);
        using var plain = new HttpClient { BaseAddress = app.BaseAddress };
        (await plain.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await plain.GetAsync("/lib/htmx/htmx.min.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var client = app.CreateClient();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void Totp_matches_the_rfc_6238_test_vector()
    {
        // RFC 6238 appendix B, SHA1 secret "12345678901234567890" (base32 below), T = 59 s → 94287082 (8 digits; we keep 6).
        Totp.Compute("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)).ShouldBe("287082");
        Totp.Compute("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(1111111109)).ShouldBe("081804");
    }
}
