using DanVan.Tests.Infrastructure;

namespace DanVan.E2E.Infrastructure;

/// <summary>
/// The real app for one test class: SQLite, the demo province seeded, Kestrel on a 127.0.0.1 port so that Chromium can
/// reach it. (PostgreSQL is covered by the API tests; the browser only needs one engine.) Not started where the browser
/// tests are skipped.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly PostgresServer unusedPostgres = new(); // required by TestApp.StartAsync; never started for SQLite
    private TestApp? app;

    public TestApp App => app ?? throw new InvalidOperationException("The app is not running.");

    public async Task InitializeAsync()
    {
        if (BrowserFixture.SkipReason is null)
        {
            app = await TestApp.StartAsync(Provider.Sqlite, unusedPostgres, seedDemo: true, realServer: true);
        }
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await unusedPostgres.DisposeAsync();
    }
}
