using System.Diagnostics;
using DanVan.Features.Demo;
using DanVan.Infrastructure.Files;
using DanVan.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit.Abstractions;

namespace DanVan.Tests.Faults;

/// <summary>
/// ADR 0019 with the real binary: the <c>migrate</c> verb upgrading a demo province's SQLite database from an older
/// release is killed (SIGKILL) at several moments after its pre-migration copy. Whatever moment the kill hits, the
/// next start either finds the upgrade finished and sound, or refuses and prints the restore command; following that
/// advice (move the database aside, restore the copy, start again) ends with the upgraded database and every row.
/// </summary>
[LongRunning]
public sealed class MigrationCrashTests(PostgresServer pg, ITestOutputHelper log) : IClassFixture<PostgresServer>
{
    private const string OldMigration = "MovementHistoryActions";
    private static readonly int[] DelaysAfterCopyMs = [0, 50, 200, 800, 3000]; // the last ones may find the upgrade over

    [Fact]
    public async Task Killing_an_upgrade_at_any_moment_never_leaves_a_database_that_starts_half_migrated()
    {
        var template = await OldDemoDatabaseAsync();
        var people = await CountAsync(template, "SELECT COUNT(*) FROM \"People\"");
        var outcomes = new List<string>();
        foreach (var delay in DelaysAfterCopyMs)
        {
            var dataDirectory = Directory.CreateTempSubdirectory("danvan-upgrade-kill-").FullName;
            try
            {
                var database = Path.Combine(dataDirectory, "danvan.db");
                File.Copy(template, database);
                await DemoPhotos.StoreAllAsync(FileStore.In(dataDirectory)); // the seed's files, as on the laptop
                await using var app = new ServerProcess(Provider.Sqlite, $"Data Source={database};Pooling=False", dataDirectory);

                var upgrade = app.StartVerb("migrate");
                var killed = await KillAfterCopyAsync(app, upgrade, delay);
                var (exitCode, output) = await RunAsync(app, "migrate");
                if (exitCode == 0)
                {
                    outcomes.Add($"{delay} ms: {(killed ? "killed" : "finished")}, next start went on");
                }
                else
                {
                    exitCode.ShouldBe(1, output);
                    output.ShouldContain("ứng dụng không chạy", customMessage: output);
                    output.ShouldNotContain("Unhandled exception", customMessage: "a refusal is the Vietnamese reason and the way back, not a stack trace");
                    var copy = Directory.GetFiles(Path.Combine(dataDirectory, "backups"), "pre-migration-*.db").ShouldHaveSingleItem();
                    output.ShouldContain($"restore \"{copy}\"");
                    var aside = Directory.CreateDirectory(Path.Combine(dataDirectory, "aside")).FullName;
                    foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
                    {
                        File.Move(file, Path.Combine(aside, Path.GetFileName(file)));
                    }

                    var (restored, restoreOutput) = await RunAsync(app, "restore", copy);
                    restored.ShouldBe(0, restoreOutput);
                    var (again, againOutput) = await RunAsync(app, "migrate");
                    again.ShouldBe(0, againOutput);
                    outcomes.Add($"{delay} ms: killed mid-upgrade, refused, restored, upgraded");
                }

                (await CountAsync(database, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '%_ModelRubrics'")).ShouldBe(1);
                (await CountAsync(database, "SELECT COUNT(*) FROM pragma_foreign_key_check")).ShouldBe(0);
                (await CountAsync(database, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'ef_temp_%'")).ShouldBe(0);
                (await CountAsync(database, "SELECT COUNT(*) FROM \"People\"")).ShouldBe(people);
                (await RunAsync(app, "check-invariants")).ExitCode.ShouldBe(0, app.Log);
            }
            finally
            {
                PostgresServer.TryDelete(dataDirectory);
            }
        }

        foreach (var outcome in outcomes)
        {
            log.WriteLine(outcome);
        }
    }

    /// <summary>Waits for the copy's line, then <paramref name="delayMs"/>, then SIGKILL; false when the upgrade had already ended.</summary>
    private static async Task<bool> KillAfterCopyAsync(ServerProcess app, Process upgrade, int delayMs)
    {
        using (upgrade)
        {
            var until = DateTime.UtcNow.AddMinutes(2);
            while (!app.Log.Contains("Đã sao chép cơ sở dữ liệu trước khi nâng cấp", StringComparison.Ordinal) && !upgrade.HasExited)
            {
                DateTime.UtcNow.ShouldBeLessThan(until, app.Log);
                await Task.Delay(5);
            }

            await Task.Delay(delayMs);
            var killed = !upgrade.HasExited;
            if (killed)
            {
                upgrade.Kill(entireProcessTree: true);
            }

            await upgrade.WaitForExitAsync();
            return killed;
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(ServerProcess app, params string[] arguments)
    {
        var before = app.Log.Length;
        using var process = app.StartVerb(arguments);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(cts.Token);
        await Task.Delay(100); // the asynchronous output readers catch up
        return (process.ExitCode, app.Log[before..]);
    }

    /// <summary>The demo province as the release before <c>FilesOutsideDatabase</c> and <c>ModelRubrics</c> left it: one self-contained file.</summary>
    private async Task<string> OldDemoDatabaseAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("danvan-old-demo-").FullName, "danvan.db");
        await using var app = await TestApp.StartAsync(Provider.Sqlite, pg);
        await app.WithDbAsync(async db =>
        {
            var id = db.Database.GetMigrations().Single(m => m.EndsWith("_" + OldMigration, StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(id);
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {file}");
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => PostgresServer.TryDelete(Path.GetDirectoryName(file)!);
        return file;
    }

    private static async Task<long> CountAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the test's own constant SQL
        command.CommandText = sql;
#pragma warning restore CA2100
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
