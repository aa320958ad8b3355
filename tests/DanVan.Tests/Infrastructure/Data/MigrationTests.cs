using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Infrastructure.Data;

public sealed class MigrationTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrations_apply_to_an_empty_database_and_match_the_model(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);

        await app.WithDbAsync(async db =>
        {
            var all = db.Database.GetMigrations().ToList();
            all.ShouldNotBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(all);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            db.Database.HasPendingModelChanges().ShouldBeFalse("the model changed without a migration: run tools/add-migration.sh");
            (await db.Tenants.AnyAsync()).ShouldBeFalse("nothing is seeded when Database:SeedDemo is false");
        });
    }

    [Fact]
    public async Task A_sqlite_file_in_rollback_journal_mode_opens_and_is_switched_to_wal()
    {
        // The demo template every seeded SQLite test copies is left in rollback-journal mode, like a restored backup.
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg);

        var mode = await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            return (string?)await command.ExecuteScalarAsync();
        });

        mode.ShouldBe("wal");
    }
}
