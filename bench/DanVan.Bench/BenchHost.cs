using System.Data.Common;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DanVan.Bench;

/// <summary>
/// The real app (its own Program, migrations, middleware) on a loopback Kestrel port, plus one extra route in the same
/// build: <c>/bench/hello</c>, the hello-world baseline, answered before the app's pipeline.
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string HelloPath = "/bench/hello";
    private readonly Dictionary<string, string?> settings;

    public BenchHost(DatabaseProvider provider, string connectionString, string dataDirectory)
    {
        Provider = provider;
        ConnectionString = connectionString;
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["Database:MigrateOnStart"] = "true",
            ["Database:SeedDemo"] = "false",
            ["DataDirectory"] = dataDirectory,
            // The pending-handover job runs at start, beside the dataset generator, whose switch of SQLite's journal
            // mode needs the file to itself ("database is locked"); it would also add its queries to the measurements.
            ["Units:HandoverIntervalMinutes"] = "0",
            ["Jobs:Enabled"] = "false", // no digests or reminders running beside the measurements
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
        };
        UseKestrel(0);
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    /// <summary>A raw ADO connection to the same database, for the baselines.</summary>
    public DbConnection OpenRaw()
    {
        DbConnection connection = Provider == DatabaseProvider.Postgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>How a Guid is bound in raw SQL: SQLite stores EF's upper-case text, PostgreSQL a uuid.</summary>
    public object Id(Guid id) => Provider == DatabaseProvider.Postgres ? id : id.ToString().ToUpperInvariant();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        if (ContentRoot() is { } root)
        {
            builder.UseContentRoot(root);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, HelloWorld>());
    }

    /// <summary>src/DanVan of the repository the bench runs from (its wwwroot and pages), when found.</summary>
    private static string? ContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "DanVan");
            if (File.Exists(Path.Combine(candidate, "DanVan.csproj")))
            {
                return candidate;
            }
        }

        return null;
    }

    private sealed class HelloWorld : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Path == HelloPath)
                {
                    context.Response.ContentType = "text/plain";
                    await context.Response.WriteAsync("Xin chào");
                    return;
                }

                await following(context);
            });
            next(app);
        };
    }
}
