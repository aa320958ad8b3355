using System.Net.Http.Json;
using DanVan.Features.Accounts;
using DanVan.Features.Demo;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// The real application (one <see cref="WebApplicationFactory{TEntryPoint}"/>) on a fresh database of its own.
/// Migrations run at start as in production. A demo-seeded database is a copy of one seeded by the app itself once
/// per run, so tests that need the demo province do not pay for seeding each time.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string AdminPassword = "Admin-Test-2026";
    public const string DemoPassword = "Demo-Test-2026";

    private static readonly SemaphoreSlim SqliteTemplateGate = new(1, 1);
    private static string? sqliteTemplate;

    private readonly Factory factory;
    private readonly PostgresServer? pg;
    private readonly string dataDirectory;
    private readonly string connectionString;

    private TestApp(Provider provider, PostgresServer? pg, string connectionString, string dataDirectory, bool seedDemo, bool realServer,
        Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Provider = provider;
        this.pg = pg;
        this.connectionString = connectionString;
        this.dataDirectory = dataDirectory;
        factory = new Factory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["Database:MigrateOnStart"] = "true",
            ["Database:SeedDemo"] = seedDemo ? "true" : "false",
            // No background job touches a test's database behind its back (counts, files it restores, its clock); the
            // tests of the pending-handover job start it themselves.
            ["Units:HandoverIntervalMinutes"] = "0",
            // Jobs are queued but no worker runs them unless a test asks (Jobs:Enabled) or calls JobRunner.RunDueAsync itself.
            ["Jobs:Enabled"] = "false",
            ["DataDirectory"] = dataDirectory,
            ["ADMIN_PASSWORD"] = AdminPassword,
            ["DEMO_PASSWORD"] = DemoPassword,
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        }, services);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            factory.Settings[key] = value; // the test's own settings win over the defaults above
        }

        if (realServer)
        {
            factory.UseKestrel(0);
        }
    }

    public Provider Provider { get; }

    /// <summary>The database this app uses (to tell its SQL commands from other tests').</summary>
    public string ConnectionString => connectionString;

    /// <summary>http://localhost/ for the in-memory server; the real 127.0.0.1 address with <c>realServer: true</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    public IServiceProvider Services => factory.Services;

    /// <summary>The errors this app logged (an unhandled exception behind a 500 among them), for a failing test to show.</summary>
    public string LoggedErrors => factory.Errors.ToString();

    /// <param name="settings">Configuration for this app only (e.g. <c>Security:MfaRequiredRoles</c>, or <c>environment</c>).</param>
    public static async Task<TestApp> StartAsync(Provider provider, PostgresServer pg, bool seedDemo = true, bool realServer = false,
        Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(pg);
        var dataDirectory = Directory.CreateTempSubdirectory("danvan-test-").FullName;
        var cs = await NewDatabaseAsync(provider, pg, dataDirectory, seedDemo);
        var app = new TestApp(provider, provider == Provider.Postgres ? pg : null, cs, dataDirectory, seedDemo, realServer, services, settings);
        try
        {
            app.Start(realServer);
        }
        catch
        {
            try
            {
                await app.DisposeAsync();
            }
            catch (Exception)
            {
                // The start failure is the one worth reporting.
            }

            throw;
        }

        return app;
    }

    /// <summary>
    /// A database of its own for one test: on SQLite <c>danvan.db</c> in <paramref name="dataDirectory"/>, on PostgreSQL a
    /// new database in <paramref name="pg"/>'s cluster; a copy of the demo-seeded template when <paramref name="seedDemo"/>.
    /// </summary>
    internal static async Task<string> NewDatabaseAsync(Provider provider, PostgresServer pg, string dataDirectory, bool seedDemo)
    {
        if (provider == Provider.Sqlite)
        {
            var file = Path.Combine(dataDirectory, "danvan.db");
            if (seedDemo)
            {
                File.Copy(await SqliteTemplateAsync(), file);
                await DemoPhotos.StoreAllAsync(FileStore.In(dataDirectory)); // the seed's only files
            }

            return SqliteConnectionString(file);
        }

        pg.EnsureAvailable();
        if (!seedDemo)
        {
            return await pg.CreateDatabaseAsync();
        }

        var cs = await pg.CreateSeededDatabaseAsync(template => SeedAsync(Provider.Postgres, template));
        await DemoPhotos.StoreAllAsync(FileStore.In(dataDirectory)); // the seed's only files
        return cs;
    }

    /// <summary>An anonymous client: redirects are not followed, cookies are kept.</summary>
    public HttpClient CreateClient() => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = BaseAddress,
    });

    /// <summary>
    /// A client authenticated with a personal access token of <paramref name="userName"/> (POST /api/v1/tokens).
    /// "admin" signs in with <see cref="AdminPassword"/>, everyone else with <see cref="DemoPassword"/>; for an
    /// administrator, TOTP is switched on (with a new key) through UserManager first and the current code computed.
    /// </summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        string? totp = null;
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var user = await users.FindByNameAsync(userName)
                       ?? throw new InvalidOperationException($"No user named {userName} in this test's database.");
            if (user.TwoFactorEnabled || await DanVanClaimsFactory.IsAdministratorAsync(db, user.Id))
            {
                // A fresh key each time: a TOTP code is accepted once, and a new key starts a new sequence of codes.
                await users.ResetAuthenticatorKeyAsync(user);
                var key = await users.GetAuthenticatorKeyAsync(user);

                if (!user.TwoFactorEnabled)
                {
                    (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded.ShouldBeTrue();
                }

                totp = Totp.Compute(key!, Services.GetRequiredService<TimeProvider>().GetUtcNow()); // the app's clock: a test may have moved it
            }
        }

        var client = CreateClient();
        var password = userName == "admin" ? AdminPassword : DemoPassword;
        using var response = await client.PostAsJsonAsync("/api/v1/tokens", new { username = userName, password, totp, name = "test" });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Could not get a token for {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(Api.Json);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token!.Token);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>
    /// Stops this app (its host, workers and connections) and starts a new one on the same database and data directory,
    /// with <paramref name="settings"/> on top of the defaults: a restart. The new app owns the database from then on.
    /// </summary>
    public async Task<TestApp> RestartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        await factory.DisposeAsync();
        ClearPool(Provider, connectionString);
        handedOver = true;
        var next = new TestApp(Provider, pg, connectionString, dataDirectory, seedDemo: false, realServer: false, services, settings);
        next.Start(realServer: false);
        return next;
    }

    private bool handedOver;

    public async ValueTask DisposeAsync()
    {
        if (handedOver)
        {
            return;
        }

        await factory.DisposeAsync();
        ClearPool(Provider, connectionString);
        if (pg is not null)
        {
            await pg.DropDatabaseAsync(connectionString);
        }

        PostgresServer.TryDelete(dataDirectory);
    }

    private void Start(bool realServer)
    {
        if (realServer)
        {
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
                .Addresses.First();
            BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        }
        else
        {
            _ = factory.Services; // builds the host: runs Program up to app.Run, i.e. migrations and seeding
        }
    }

    private static string SqliteConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();

    private static void ClearPool(Provider provider, string cs)
    {
        if (provider == Provider.Sqlite)
        {
            using var connection = new SqliteConnection(cs);
            SqliteConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new NpgsqlConnection(cs);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    /// <summary>Runs the app once on an empty database with demo seeding on: the template every seeded test copies.</summary>
    private static async Task SeedAsync(Provider provider, string cs)
    {
        var dir = Directory.CreateTempSubdirectory("danvan-seed-").FullName;
        var app = new TestApp(provider, pg: null, cs, dir, seedDemo: true, realServer: false);
        try
        {
            app.Start(realServer: false);
            (await app.WithDbAsync(db => db.Tenants.AnyAsync())).ShouldBeTrue("the demo province was not seeded");
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task<string> SqliteTemplateAsync()
    {
        await SqliteTemplateGate.WaitAsync();
        try
        {
            if (sqliteTemplate is null)
            {
                var dir = Directory.CreateTempSubdirectory("danvan-template-").FullName;
                var file = Path.Combine(dir, "danvan.db");
                await SeedAsync(Provider.Sqlite, SqliteConnectionString(file));
                // One self-contained file to copy: the WAL folded in and the file left in rollback-journal mode, as a
                // restored backup would be (the app must switch it back to WAL itself).
                await using (var connection = new SqliteConnection(SqliteConnectionString(file)))
                {
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
                    await command.ExecuteNonQueryAsync();
                }

                ClearPool(Provider.Sqlite, SqliteConnectionString(file));
                AppDomain.CurrentDomain.ProcessExit += (_, _) => PostgresServer.TryDelete(dir);
                sqliteTemplate = file;
            }

            return sqliteTemplate;
        }
        finally
        {
            SqliteTemplateGate.Release();
        }
    }

    private sealed record TokenResponse(string Token, DateTime ExpiresAt);

    private sealed class Factory(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
    {
        public Dictionary<string, string?> Settings => settings;

        public ErrorLog Errors { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureLogging(logging => logging.AddProvider(Errors));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseStaticWebAssets();
            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        }
    }
}
