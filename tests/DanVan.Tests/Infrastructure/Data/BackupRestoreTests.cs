using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using DanVan.Features.People;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Backup;
using DanVan.Infrastructure.Data;
using DanVan.Tests.Features.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DanVan.Tests.Infrastructure.Data;

/// <summary>
/// The backup drill (QUALITY: backup → restore into a fresh database → identical row counts and checksums). What the
/// restored database is compared with: the manifest, read by the backup in the very snapshot it copied (SQLite: from
/// the backup file itself; PostgreSQL: in the transaction whose exported snapshot pg_dump used). And, independently
/// of the backup code: the people acknowledged before the backup started are all there, none that the app never
/// acknowledged is, each restored person has its audit entry (the copy is one transaction, not a smear of several),
/// and the tables the write load did not touch equal the live source's.
/// </summary>
public sealed class BackupRestoreTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static Dictionary<string, string?> Settings(bool empty = false) => new()
    {
        ["Backup:PostgresBin"] = PostgresServer.BinDirectory,
        ["Database:MigrateOnStart"] = empty ? "false" : "true",
    };

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_backup_taken_under_write_load_restores_into_an_empty_database_table_for_table_and_row_for_row(Provider provider)
    {
        var folder = Directory.CreateTempSubdirectory("danvan-backup-").FullName;
        try
        {
            await using var source = await TestApp.StartAsync(provider, pg, settings: Settings());
            var stp = await source.UnitIdAsync("STP");
            var clients = new List<HttpClient>();
            for (var i = 0; i < 3; i++)
            {
                clients.Add(await source.ClientForAsync("thidua.stp"));
            }

            var sourceBefore = await ChecksumsAsync(provider, source.ConnectionString);
            var acknowledged = new ConcurrentDictionary<Guid, bool>();
            using var stop = new CancellationTokenSource();
            var load = clients.Select((client, c) => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    using var response = await client.PostJsonAsync("/api/v1/people", PersonRequests.Valid($"Nguyễn Văn {Name(c, n)}", stp));
                    acknowledged[(await response.ReadAsync<PersonDto>(HttpStatusCode.Created)).Id] = true;
                }
            })).ToArray();

            await WaitForAsync(() => acknowledged.Count >= 10, load);
            var acknowledgedBeforeBackup = acknowledged.Keys.ToHashSet();
            var checkpoint = await source.WithDbAsync(db => AuditCheckpoints.WriteAsync(db,
                AuditCheckpoints.PathFor(source.Services.GetRequiredService<IConfiguration>()), CancellationToken.None)); // as the app does every 5 minutes
            var output = new StringWriter();
            (await BackupDatabase.RunAsync(source.Services, folder, output, CancellationToken.None)).ShouldBe(0, output.ToString());
            var afterBackup = acknowledged.Count;
            await WaitForAsync(() => acknowledged.Count >= afterBackup + 5, load); // the load outlives the backup
            await stop.CancelAsync();
            await Task.WhenAll(load);
            foreach (var client in clients)
            {
                client.Dispose();
            }

            var manifest = await ReadManifestAsync(folder);
            var sourceAfter = await ChecksumsAsync(provider, source.ConnectionString);
            var sourcePeople = await source.WithDbAsync(db => db.People.Select(p => p.Id).ToListAsync());
            manifest.Tables.Single(t => t.Table == "People").Rows.ShouldBeLessThan(sourcePeople.Count, "the snapshot is older than the end of the load");
            Directory.EnumerateFiles(BackupManifest.KeysPathFor(Path.Combine(folder, manifest.File))).ShouldNotBeEmpty("the Data Protection keys are backed up");
            (await File.ReadAllTextAsync(BackupManifest.CheckpointsPathFor(Path.Combine(folder, manifest.File)))).ShouldContain(checkpoint!.Value.Hash);
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(Path.Combine(folder, manifest.File)).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, "it holds personal data");
            }

            await using var target = await TestApp.StartAsync(provider, pg, seedDemo: false, settings: Settings(empty: true));
            output = new StringWriter();
            (await RestoreDatabase.RunAsync(target.Services, Path.Combine(folder, manifest.File), output, CancellationToken.None))
                .ShouldBe(0, output.ToString());
            output.ToString().ShouldContain("Đã khôi phục");

            // Every table, row for row: the same code on the restored database gives the manifest's counts and checksums.
            var restored = await ChecksumsAsync(provider, target.ConnectionString);
            restored.Select(t => t.Table).ShouldBe(manifest.Tables.Select(t => t.Table));
            restored.ShouldBe(manifest.Tables);
            restored.Count.ShouldBeGreaterThan(20);

            // Independently of the manifest: tables the load left alone equal the live source's.
            var untouched = sourceBefore.Intersect(sourceAfter).ToList();
            untouched.Select(t => t.Table).ShouldContain("Units");
            untouched.ShouldBeSubsetOf(restored);

            var restoredPeople = await target.WithDbAsync(db => db.People.Select(p => p.Id).ToListAsync());
            acknowledgedBeforeBackup.ShouldBeSubsetOf(restoredPeople);
            restoredPeople.ShouldBeSubsetOf(sourcePeople);
            var audited = await target.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Person" && a.Action == "Added")
                .Select(a => a.EntityId!).ToListAsync());
            restoredPeople.Where(acknowledged.ContainsKey).Select(id => id.ToString()).ShouldBeSubsetOf(audited);

            var entries = await target.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync());
            AuditLog.Verify(entries).ShouldBeNull();
            entries[^1].Seq.ShouldBe(manifest.AuditHeadSeq!.Value);
            (await Startup.VerifyAuditAsync(target.Services)).ShouldBe(0, "the restored checkpoints match the restored chain");

            // And the comparison has teeth: one changed birth year in one row is a different checksum for that table only.
            await target.WithDbAsync(db => db.People.Where(p => p.Id == restoredPeople[0]).ExecuteUpdateAsync(u => u.SetProperty(p => p.BirthYear, 1901)));
            (await ChecksumsAsync(provider, target.ConnectionString)).Except(manifest.Tables).Select(t => t.Table).ShouldBe(["People"]);
        }
        finally
        {
            PostgresServer.TryDelete(folder);
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restoring_over_a_database_with_data_is_refused_and_changes_nothing(Provider provider)
    {
        var folder = Directory.CreateTempSubdirectory("danvan-backup-").FullName;
        try
        {
            await using var app = await TestApp.StartAsync(provider, pg, settings: Settings());
            (await BackupDatabase.RunAsync(app.Services, folder, TextWriter.Null, CancellationToken.None)).ShouldBe(0);
            var manifest = await ReadManifestAsync(folder);
            await app.CreatePersonAsync(await app.UnitIdAsync("STP"), "Trần Thị Sau Sao Lưu");
            var before = await ChecksumsAsync(provider, app.ConnectionString);

            var output = new StringWriter();
            (await RestoreDatabase.RunAsync(app.Services, Path.Combine(folder, manifest.File), output, CancellationToken.None)).ShouldBe(1);

            output.ToString().ShouldContain("Từ chối khôi phục: cơ sở dữ liệu đích đang có dữ liệu");
            (await ChecksumsAsync(provider, app.ConnectionString)).ShouldBe(before);
        }
        finally
        {
            PostgresServer.TryDelete(folder);
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restoring_over_a_migrated_but_empty_database_is_refused(Provider provider)
    {
        var folder = Directory.CreateTempSubdirectory("danvan-backup-").FullName;
        try
        {
            await using var source = await TestApp.StartAsync(provider, pg, settings: Settings());
            (await BackupDatabase.RunAsync(source.Services, folder, TextWriter.Null, CancellationToken.None)).ShouldBe(0);
            var manifest = await ReadManifestAsync(folder);
            await using var target = await TestApp.StartAsync(provider, pg, seedDemo: false, settings: Settings());
            var before = await ChecksumsAsync(provider, target.ConnectionString);

            var output = new StringWriter();
            (await RestoreDatabase.RunAsync(target.Services, Path.Combine(folder, manifest.File), output, CancellationToken.None)).ShouldBe(1);

            output.ToString().ShouldStartWith("Từ chối khôi phục");
            (await ChecksumsAsync(provider, target.ConnectionString)).ShouldBe(before);
        }
        finally
        {
            PostgresServer.TryDelete(folder);
        }
    }

    [Fact]
    public async Task A_backup_file_that_does_not_match_its_manifest_is_not_restored()
    {
        var folder = Directory.CreateTempSubdirectory("danvan-backup-").FullName;
        try
        {
            await using var source = await TestApp.StartAsync(Provider.Sqlite, pg, settings: Settings());
            (await BackupDatabase.RunAsync(source.Services, folder, TextWriter.Null, CancellationToken.None)).ShouldBe(0);
            var file = Path.Combine(folder, (await ReadManifestAsync(folder)).File);
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
            {
                stream.Seek(-1, SeekOrigin.End);
                stream.WriteByte(0x5A);
            }

            await using var target = await TestApp.StartAsync(Provider.Sqlite, pg, seedDemo: false, settings: Settings(empty: true));
            var output = new StringWriter();
            (await RestoreDatabase.RunAsync(target.Services, file, output, CancellationToken.None)).ShouldBe(1);

            output.ToString().ShouldContain("SHA-256");
            File.Exists(new SqliteConnectionStringBuilder(target.ConnectionString).DataSource).ShouldBeFalse();
        }
        finally
        {
            PostgresServer.TryDelete(folder);
        }
    }

    private static async Task<BackupManifest> ReadManifestAsync(string folder) =>
        (await BackupManifest.ReadAsync(Directory.GetFiles(folder, "*.json").Single(), CancellationToken.None))!;

    private static async Task<IReadOnlyList<TableSummary>> ChecksumsAsync(Provider provider, string connectionString)
    {
        await using DbConnection connection = provider == Provider.Sqlite
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        return await TableChecksums.ComputeAsync(connection, transaction,
            provider == Provider.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres, CancellationToken.None);
    }

    private static async Task WaitForAsync(Func<bool> condition, Task[] load)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (load.FirstOrDefault(t => t.IsFaulted) is { } failed)
            {
                await failed; // the load's own failure is the one to report
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("The write load made no progress.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Letters only (a person's name takes no digits): client and sequence number spelled a..z.</summary>
    private static string Name(int client, int n)
    {
        var letters = new System.Text.StringBuilder().Append((char)('A' + client));
        do
        {
            letters.Append((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);

        return letters.ToString();
    }
}
