using Npgsql;

namespace DanVan.Tests.Infrastructure.Audit;

/// <summary>The documented PostgreSQL role for the app (docs/operations/postgres-app-role.sql) writes rows but cannot touch the schema or the audit log.</summary>
public sealed class AppRoleTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_app_role_reads_and_writes_rows_but_cannot_drop_the_audit_trigger_or_truncate_the_log(Provider provider)
    {
        if (provider != Provider.Postgres)
        {
            return; // a SQLite file has no roles: its protection is the file's owner (README, Backups)
        }

        await using var app = await TestApp.StartAsync(provider, pg);
        var script = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "operations", "postgres-app-role.sql"));
        await using (var owner = new NpgsqlConnection(app.ConnectionString))
        {
            await owner.OpenAsync();
            await using var command = new NpgsqlCommand(script, owner);
            await command.ExecuteNonQueryAsync();
        }

        var asApp = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Username = "danvan_app", Pooling = false }.ToString();
        await using var connection = new NpgsqlConnection(asApp);
        await connection.OpenAsync();
        async Task<PostgresException?> TryAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            try
            {
                await command.ExecuteNonQueryAsync();
                return null;
            }
            catch (PostgresException e)
            {
                return e;
            }
        }

        (await TryAsync("SELECT count(*) FROM \"People\"")).ShouldBeNull();
        (await TryAsync("UPDATE \"People\" SET \"FullName\" = \"FullName\" WHERE false")).ShouldBeNull();
        foreach (var sql in new[]
                 {
                     "DROP TRIGGER \"AuditEntries_append_only\" ON \"AuditEntries\"", "TRUNCATE \"AuditEntries\"",
                     "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER ALL", "CREATE TABLE \"Stolen\" (\"Id\" int)",
                     "DELETE FROM \"AuditEntries\" WHERE false", "UPDATE \"AuditEntries\" SET \"Changes\" = '' WHERE false",
                 })
        {
            (await TryAsync(sql)).ShouldNotBeNull(sql).SqlState.ShouldBeOneOf(["42501"], sql); // insufficient_privilege
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DanVan.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
