using DanVan.Infrastructure.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Data;

public static class DataServices
{
    public static IServiceCollection AddDanVanData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditActor>();
        services.AddSingleton(_ => Files.FileStore.For(configuration));
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var cs = options.ConnectionString;
                if (string.IsNullOrWhiteSpace(cs))
                {
                    var dir = DataDirectory(configuration);
                    Directory.CreateDirectory(dir);
                    cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "danvan.db"), Pooling = true }.ToString();
                }

                services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(cs).AddInterceptors(new SqlitePragmas()));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException("Database:ConnectionString (DANVAN_DATABASE__CONNECTIONSTRING) is required for PostgreSQL.");
                }

                services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(options.ConnectionString));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }

        return services;
    }

    /// <summary>"DataDirectory" (env DANVAN_DATADIRECTORY), default "data" under the current directory (the repository root for `dotnet run --project src/DanVan`).</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["DataDirectory"] ?? "data", Environment.CurrentDirectory);
}
