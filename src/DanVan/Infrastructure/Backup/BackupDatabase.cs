using System.Data;
using System.Globalization;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DanVan.Infrastructure.Backup;

/// <summary>
/// <c>backup &lt;directory&gt;</c>: a consistent copy of the database while the app keeps serving and writing, its
/// manifest (read from the same snapshot), the Data Protection keys, the uploaded files and the audit checkpoints. The
/// files are copied after the snapshot: every file a row of the snapshot refers to was on the disk before that row was
/// committed (ADR 0015), so the copy holds them all (and perhaps a few newer ones, which harm nothing). SQLite: the online backup API into a temp file, renamed when
/// complete. PostgreSQL: <c>pg_dump --format=custom</c> on a snapshot exported by the transaction that reads the
/// manifest, so the dump and the manifest describe exactly the same state.
/// </summary>
internal static class BackupDatabase
{
    public static async Task<int> RunAsync(IServiceProvider services, string? target, TextWriter output, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            await output.WriteLineAsync("Cách dùng: backup <thư mục đích>");
            return 2;
        }

        var provider = services.GetRequiredService<DatabaseOptions>().Provider;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var stem = Path.Combine(Path.GetFullPath(target),
            string.Create(CultureInfo.InvariantCulture, $"danvan-{provider.ToString().ToLowerInvariant()}-{now:yyyyMMdd'T'HHmmss'Z'}"));
        return await WriteAsync(services, stem + (provider == DatabaseProvider.Sqlite ? ".db" : ".dump"), withFiles: true, output, ct);
    }

    /// <summary>
    /// One backup set at <paramref name="file"/> (its folder made owner-only if new); 0 when complete, 1 when refused or
    /// failed (nothing left behind). Without <paramref name="withFiles"/> the uploaded files are not copied: the copy
    /// taken before a migration (ADR 0019) leaves them in the file store, which a migration never changes.
    /// </summary>
    public static async Task<int> WriteAsync(IServiceProvider services, string file, bool withFiles, TextWriter output, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var provider = services.GetRequiredService<DatabaseOptions>().Provider;
        string connectionString;
        await using (var scope = services.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
        }

        var target = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(target);
        }
        else
        {
            Directory.CreateDirectory(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute); // if new: owner only
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (File.Exists(file) || File.Exists(BackupManifest.PathFor(file)))
        {
            await output.WriteLineAsync($"Đã có bản sao lưu {file}; hãy chờ một giây rồi chạy lại.");
            return 1;
        }

        // Before the snapshot: every checkpoint in the file then names an entry the snapshot holds.
        var checkpoints = AuditCheckpoints.PathFor(configuration);
        if (File.Exists(checkpoints))
        {
            File.Copy(checkpoints, BackupManifest.CheckpointsPathFor(file));
        }

        (string?, long?, string?, IReadOnlyList<TableSummary>)? snapshot;
        try
        {
            snapshot = provider == DatabaseProvider.Sqlite
                ? await BackupSqliteAsync(connectionString, file, ct)
                : await BackupPostgresAsync(configuration, connectionString, file, output, ct);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException
                                      or System.ComponentModel.Win32Exception)
        {
            await output.WriteLineAsync($"Sao lưu thất bại: {e.Message}");
            snapshot = null;
        }

        if (snapshot is not var (version, seq, hash, tables))
        {
            File.Delete(BackupManifest.CheckpointsPathFor(file)); // no half sets left behind
            return 1;
        }

        // After the snapshot: every key that protected something in it is already in the folder.
        var keys = Path.Combine(DataServices.DataDirectory(configuration), "keys");
        var keyCount = 0;
        if (Directory.Exists(keys))
        {
            var copy = Directory.CreateDirectory(BackupManifest.KeysPathFor(file)).FullName;
            foreach (var key in Directory.GetFiles(keys))
            {
                File.Copy(key, Path.Combine(copy, Path.GetFileName(key)), overwrite: true);
                keyCount++;
            }
        }

        var fileCount = withFiles ? await FileStore.For(configuration).CopyAllToAsync(new FileStore(BackupManifest.FilesPathFor(file)), ct) : 0;
        var manifest = new BackupManifest(provider.ToString(), now, version, Path.GetFileName(file), await BackupManifest.Sha256Async(file, ct),
            seq, hash, tables);
        await manifest.WriteAsync(BackupManifest.PathFor(file), ct);
        OwnerOnly(file, BackupManifest.PathFor(file), BackupManifest.CheckpointsPathFor(file), BackupManifest.KeysPathFor(file),
            BackupManifest.FilesPathFor(file));
        await output.WriteLineAsync($"Đã sao lưu vào {file}: {tables.Count} bảng, {tables.Sum(t => t.Rows)} dòng, " +
            $"nhật ký kiểm toán đến bản ghi số {seq?.ToString(CultureInfo.InvariantCulture) ?? "0"}, {keyCount} khóa bảo vệ dữ liệu, " +
            (withFiles ? $"{fileCount} tệp đính kèm, " : "tệp đính kèm để nguyên trong kho tệp, ") +
            $"phiên bản {version}. Tệp chứa dữ liệu cá nhân: lưu mã hóa, hạn chế quyền truy cập.");
        return 0;
    }

    /// <summary>Personal data and the key ring: readable by the backup's owner only (on Unix; Windows inherits the folder's ACL).</summary>
    private static void OwnerOnly(params string[] paths)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                OwnerOnly(Directory.GetFileSystemEntries(path));
            }
            else if (File.Exists(path))
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    private static async Task<(string?, long?, string?, IReadOnlyList<TableSummary>)?> BackupSqliteAsync(string connectionString, string file,
        CancellationToken ct)
    {
        var temp = file + ".tmp";
        var tempConnection = new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString();
        try
        {
            await using (var source = new SqliteConnection(connectionString))
            await using (var destination = new SqliteConnection(tempConnection))
            {
                await source.OpenAsync(ct);
                await destination.OpenAsync(ct);
                source.BackupDatabase(destination); // one step: a single read transaction, writers go on (WAL)
                await using var command = destination.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=DELETE"; // one self-contained file
                await command.ExecuteNonQueryAsync(ct);
            }

            // The manifest is read from the copy itself: exactly the state it holds.
            (string?, long?, string?, IReadOnlyList<TableSummary>) result;
            await using (var copy = new SqliteConnection(tempConnection + ";Mode=ReadOnly"))
            {
                await copy.OpenAsync(ct);
                var (version, seq, hash) = await BackupManifest.ReadHeadAsync(copy, null, ct);
                result = (version, seq, hash, await TableChecksums.ComputeAsync(copy, null, DatabaseProvider.Sqlite, ct));
            }

            await using (var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, file);
            return result;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static async Task<(string?, long?, string?, IReadOnlyList<TableSummary>)?> BackupPostgresAsync(IConfiguration configuration,
        string connectionString, string file, TextWriter output, CancellationToken ct)
    {
        if (PostgresTools.Find(configuration, "pg_dump") is not { } pgDump)
        {
            await output.WriteLineAsync("Không tìm thấy pg_dump (trong PATH, /usr/lib/postgresql/*/bin hoặc Backup:PostgresBin).");
            return null;
        }

        var temp = file + ".tmp";
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction);
            var snapshotId = (string)(await export.ExecuteScalarAsync(ct))!;

            // pg_dump adopts this transaction's snapshot; the manifest is read in it meanwhile.
            var dump = PostgresTools.RunAsync(pgDump, connectionString,
                ["--format=custom", "--no-password", "--snapshot=" + snapshotId, "--file=" + temp], ct);
            var (version, seq, hash) = await BackupManifest.ReadHeadAsync(connection, transaction, ct);
            var tables = await TableChecksums.ComputeAsync(connection, transaction, DatabaseProvider.Postgres, ct);
            var (exitCode, error) = await dump;
            await transaction.CommitAsync(ct);
            if (exitCode != 0)
            {
                await output.WriteLineAsync($"pg_dump thất bại (mã {exitCode}): {error}");
                return null;
            }

            File.Move(temp, file);
            return (version, seq, hash, tables);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
