using DanVan.Infrastructure.Backup;
using DanVan.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Infrastructure.Data;

/// <summary>
/// ADR 0019: before start-up migrations touch a SQLite database that holds data, a consistent copy is taken with the
/// backup code into <c>{data}/backups/pre-migration-…</c>; a failed migration names itself and the restore command;
/// a database left broken or half-migrated does not start. The database under test is built at an older migration
/// (<see cref="OldMigration"/>, before the table rebuilds of <c>FilesOutsideDatabase</c> and <c>ModelRubrics</c>).
/// </summary>
public sealed class PreMigrationCopyTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string OldMigration = "MovementHistoryActions";
    private static readonly Guid TenantId = Guid.Parse("0193a000-0000-7000-8000-000000000019");

    private static Dictionary<string, string?> Settings(int copies = 3) => new()
    {
        ["Database:MigrateOnStart"] = "false", // the test builds the old database, then migrates it itself
        ["Backup:PostgresBin"] = PostgresServer.BinDirectory,
        ["Database:PreMigrationCopies"] = copies.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Upgrading_a_database_with_data_first_copies_it_and_the_copy_holds_the_old_schema_and_rows_and_restores()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, settings: Settings());
        await BuildOldDatabaseAsync(app);
        var output = new StringWriter();

        await MigrateDatabase.RunAsync(app.Services, output, CancellationToken.None);

        var copy = Directory.GetFiles(BackupsOf(app), "pre-migration-*.db").ShouldHaveSingleItem();
        Path.GetFileName(copy).ShouldMatch(@"^pre-migration-\d{14}-" + OldMigration + @"\.db$");
        output.ToString().ShouldContain(copy);
        output.ToString().ShouldContain("FilesOutsideDatabase", customMessage: "the pending migrations are named");
        output.ToString().ShouldContain("ModelRubrics");

        await using (var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            (await ScalarAsync(connection, "PRAGMA integrity_check")).ShouldBe("ok");
            (await ScalarAsync(connection, "SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\"")).ShouldEndWith("_" + OldMigration);
            (await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ModelRubrics'")).ShouldBe("0", "the old schema");
            (await ScalarAsync(connection, "SELECT COUNT(*) FROM pragma_table_info('DocumentAttachments') WHERE name = 'Content'"))
                .ShouldBe("1", "the old schema still keeps file contents inline");
            (await ScalarAsync(connection, "SELECT \"Name\" FROM \"Tenants\"")).ShouldBe("Tỉnh Thử Nghiệm");
        }

        (await app.WithDbAsync(async db => await db.Database.GetPendingMigrationsAsync())).ShouldBeEmpty();
        (await app.WithDbAsync(db => db.Tenants.Select(t => t.Name).SingleAsync())).ShouldBe("Tỉnh Thử Nghiệm");

        // The copy is an ordinary backup set: the restore verb takes it back into an empty database.
        await using var target = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, settings: Settings());
        var restoreOutput = new StringWriter();
        (await RestoreDatabase.RunAsync(target.Services, copy, restoreOutput, CancellationToken.None)).ShouldBe(0, restoreOutput.ToString());
        await using (var scope = target.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Database.GetAppliedMigrationsAsync()).Last().ShouldEndWith("_" + OldMigration);
            (await db.Tenants.Select(t => t.Name).SingleAsync()).ShouldBe("Tỉnh Thử Nghiệm");
        }
    }

    [Fact]
    public async Task A_new_database_and_an_up_to_date_one_get_no_copy()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, settings: Settings());

        await MigrateDatabase.RunAsync(app.Services, TextWriter.Null, CancellationToken.None); // a new database
        await app.WithDbAsync(db => InsertTenantAsync(db));
        await MigrateDatabase.RunAsync(app.Services, TextWriter.Null, CancellationToken.None); // data, nothing pending

        Directory.Exists(BackupsOf(app)).ShouldBeFalse();
    }

    [Fact]
    public async Task Only_the_newest_copies_are_kept_and_nothing_else_in_the_folder_is_touched()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, settings: Settings(copies: 2));
        var backups = Directory.CreateDirectory(BackupsOf(app)).FullName;
        string[] older = ["pre-migration-20250101000000-Initial", "pre-migration-20250601000000-AddModels", "pre-migration-20251201000000-AddModels"];
        foreach (var stem in older)
        {
            await File.WriteAllTextAsync(Path.Combine(backups, stem + ".db"), "old");
            await File.WriteAllTextAsync(Path.Combine(backups, stem + ".json"), "{}");
            Directory.CreateDirectory(Path.Combine(backups, stem + ".keys"));
        }

        await File.WriteAllTextAsync(Path.Combine(backups, "pre-migration-20251202000000-AddModels.db.tmp"), "a copy killed midway");
        string[] others = ["danvan-sqlite-20250101T000000Z.db", "danvan-sqlite-20250101T000001Z.db.tmp", "notes.txt"];
        foreach (var name in others)
        {
            await File.WriteAllTextAsync(Path.Combine(backups, name), "keep");
        }

        await BuildOldDatabaseAsync(app);
        await MigrateDatabase.RunAsync(app.Services, TextWriter.Null, CancellationToken.None);

        var kept = Directory.GetFiles(backups, "pre-migration-*.db").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        kept.Count.ShouldBe(2);
        kept[0].ShouldBe(older[2]);
        kept[1].ShouldEndWith("-" + OldMigration);
        Directory.GetFileSystemEntries(backups, older[0] + ".*").ShouldBeEmpty("the whole set of an expired copy goes");
        Directory.GetFileSystemEntries(backups, older[1] + ".*").ShouldBeEmpty();
        Directory.GetFileSystemEntries(backups, older[2] + ".*").Length.ShouldBe(3);
        File.Exists(Path.Combine(backups, "pre-migration-20251202000000-AddModels.db.tmp")).ShouldBeFalse("an unfinished copy goes");
        foreach (var name in others)
        {
            File.Exists(Path.Combine(backups, name)).ShouldBeTrue($"{name} is not a pre-migration copy");
        }
    }

    [Fact]
    public async Task Without_a_copy_nothing_is_migrated()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, settings: Settings());
        await BuildOldDatabaseAsync(app);
        await File.WriteAllTextAsync(BackupsOf(app), "a file where the folder should be"); // as good as a full disk here: running as root ignores modes
        var output = new StringWriter();

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => MigrateDatabase.RunAsync(app.Services, output, CancellationToken.None));

        refused.Message.ShouldContain("Không sao chép được cơ sở dữ liệu");
        output.ToString().ShouldContain(refused.Message);
        (await app.WithDbAsync(async db => await db.Database.GetAppliedMigrationsAsync())).Last().ShouldEndWith("_" + OldMigration);
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_copy_names_itself_and_the_restore_command_and_the_next_start_refuses()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, settings: Settings());
        await BuildOldDatabaseAsync(app);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("CREATE TABLE \"ModelRubricCriteria\" (\"X\" INTEGER)")); // ModelRubrics creates it
        var output = new StringWriter();

        await Should.ThrowAsync<Exception>(() => MigrateDatabase.RunAsync(app.Services, output, CancellationToken.None));

        var copy = Directory.GetFiles(BackupsOf(app), "pre-migration-*.db").ShouldHaveSingleItem();
        var text = output.ToString();
        text.ShouldContain("ModelRubrics");
        text.ShouldContain($"restore \"{copy}\"");
        (await app.WithDbAsync(async db => await db.Database.GetAppliedMigrationsAsync())).Last()
            .ShouldEndWith("_FilesOutsideDatabase", customMessage: "the migrations before the failing one were applied");

        // Whatever the database looks like now, it is not served until it is restored (or the operator says it is sound).
        var again = new StringWriter();
        var refused = await Should.ThrowAsync<InvalidOperationException>(() => MigrateDatabase.RunAsync(app.Services, again, CancellationToken.None));
        refused.Message.ShouldContain(copy);
        Directory.GetFiles(BackupsOf(app), "pre-migration-*.db").Length.ShouldBe(1, "no copy of a half-migrated database");

        // The advice printed: move the database aside, restore the copy; the restore lifts the refusal.
        SqliteConnection.ClearAllPools();
        var database = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        var aside = Directory.CreateDirectory(Path.Combine(BackupsOf(app), "aside")).FullName;
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Move(file, Path.Combine(aside, Path.GetFileName(file)));
        }

        var restoreOutput = new StringWriter();
        (await RestoreDatabase.RunAsync(app.Services, copy, restoreOutput, CancellationToken.None)).ShouldBe(0, restoreOutput.ToString());
        File.Exists(MigrateDatabase.MarkerFor(app.Services.GetRequiredService<IConfiguration>())).ShouldBeFalse();
        (await app.WithDbAsync(async db => await db.Database.GetAppliedMigrationsAsync())).Last().ShouldEndWith("_" + OldMigration);
    }

    [Fact]
    public async Task A_migration_that_leaves_a_broken_reference_does_not_start_and_names_the_copy()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, settings: Settings());
        await BuildOldDatabaseAsync(app);
        await using (var connection = new SqliteConnection(app.ConnectionString + ";Pooling=False"))
        {
            // What a rebuild with foreign keys off can leave behind: a row whose parent is gone.
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys=OFF; INSERT INTO \"UnitKinds\" (\"Id\", \"TenantId\", \"Code\", \"Name\", \"SortOrder\") " +
                                  "VALUES ('0193a000-0000-7000-8000-0000000000aa', '0193a000-0000-7000-8000-0000000000bb', 'X', 'X', 0);";
            await command.ExecuteNonQueryAsync();
        }

        var output = new StringWriter();
        var refused = await Should.ThrowAsync<InvalidOperationException>(() => MigrateDatabase.RunAsync(app.Services, output, CancellationToken.None));

        var copy = Directory.GetFiles(BackupsOf(app), "pre-migration-*.db").ShouldHaveSingleItem();
        refused.Message.ShouldContain("UnitKinds → Tenants");
        refused.Message.ShouldContain($"restore \"{copy}\"");
        output.ToString().ShouldContain("UnitKinds → Tenants", customMessage: "the refusal is printed too");
        (await app.WithDbAsync(async db => await db.Database.GetPendingMigrationsAsync())).ShouldBeEmpty("the check runs after migrating");
    }

    [Theory]
    [InlineData("CREATE TABLE \"ef_temp_ModelReviews\" (\"Id\" TEXT)", "ef_temp_ModelReviews")] // a rebuild killed between create and rename
    [InlineData("INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-12-05 09:00:00+00:00')", "__EFMigrationsLock")] // a migration killed mid-way
    public async Task What_an_interrupted_migration_leaves_behind_stops_the_start(string leftover, string named)
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, settings: Settings());
        await MigrateDatabase.RunAsync(app.Services, TextWriter.Null, CancellationToken.None);
        await MigrateDatabase.RunAsync(app.Services, TextWriter.Null, CancellationToken.None); // sound: starts again
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(leftover));

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => MigrateDatabase.RunAsync(app.Services, TextWriter.Null, CancellationToken.None));

        refused.Message.ShouldContain(named);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_sqlite_is_copied_before_migrating(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false, settings: Settings());
        await BuildOldDatabaseAsync(app);

        await MigrateDatabase.RunAsync(app.Services, TextWriter.Null, CancellationToken.None);

        Directory.Exists(BackupsOf(app)).ShouldBe(provider == Provider.Sqlite, "PostgreSQL migrations are transactional: no copy");
        (await app.WithDbAsync(async db => await db.Database.GetPendingMigrationsAsync())).ShouldBeEmpty();
        (await app.WithDbAsync(db => db.Tenants.CountAsync())).ShouldBe(1);
    }

    /// <summary>The database as a province's laptop would have it after an older release: at <see cref="OldMigration"/>, with a row.</summary>
    private static async Task BuildOldDatabaseAsync(TestApp app)
    {
        await app.WithDbAsync(async db =>
        {
            var id = db.Database.GetMigrations().Single(m => m.EndsWith("_" + OldMigration, StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(id);
            await InsertTenantAsync(db);
        });
    }

    private static Task<int> InsertTenantAsync(AppDbContext db) => db.Database.ExecuteSqlAsync(
        $"INSERT INTO \"Tenants\" (\"Id\", \"Code\", \"Name\", \"Kind\", \"IsSample\", \"CreatedAt\") VALUES ({TenantId}, {"TN"}, {"Tỉnh Thử Nghiệm"}, {"Province"}, {false}, {new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)})");

    private static string BackupsOf(TestApp app) =>
        Path.Combine(DataServices.DataDirectory(app.Services.GetRequiredService<IConfiguration>()), "backups");

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the test's own constant SQL
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
