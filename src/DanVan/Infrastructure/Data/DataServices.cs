using DanVan.Features.Accounts;
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
        services.AddSingleton<AccessTokenCache>();
        services.AddSingleton<AccessTokenCacheInvalidation>();
        services.AddSingleton<Features.Contests.ContestBoardNotifier>(); // the contests' live boards hear of saves through ContestBoardChanges
        services.AddSingleton<Features.Contests.ContestBoardChanges>();
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

                cs = SqlitePragmas.WithBusyTimeout(cs, options.BusyTimeoutSeconds);
                var pragmas = new SqlitePragmas(options.BusyTimeoutSeconds);
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o.UseSqlite(cs)
                    .AddInterceptors(pragmas, sp.GetRequiredService<AccessTokenCacheInvalidation>(), sp.GetRequiredService<Features.Contests.ContestBoardChanges>()));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException("Database:ConnectionString (DANVAN_DATABASE__CONNECTIONSTRING) is required for PostgreSQL.");
                }

                services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o.UseNpgsql(options.ConnectionString)
                    .AddInterceptors(sp.GetRequiredService<AccessTokenCacheInvalidation>(), sp.GetRequiredService<Features.Contests.ContestBoardChanges>()));
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
