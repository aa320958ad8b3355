using System.Data;
using System.Data.Common;
using System.Globalization;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DanVan.Infrastructure.Backup;

/// <summary>
/// <c>restore &lt;backup file&gt;</c>: into an empty database only (a SQLite file that does not exist yet or is empty,
/// a PostgreSQL database without tables), never over data. Then proves the result: every table's rows and checksum
/// equal the manifest, the audit chain verifies, its head is the one backed up, and every checkpoint saved with the
/// backup is there, and every file a row refers to is in the file store with its hash. Also puts the backed-up Data
/// Protection keys and checkpoint file into the data directory when they are missing there, and the backed-up files
/// into its file store (checked against their hashes on the way).
/// </summary>
internal static class RestoreDatabase
{
    public static async Task<int> RunAsync(IServiceProvider services, string? backupFile, TextWriter output, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(backupFile))
        {
            await output.WriteLineAsync("Cách dùng: restore <tệp sao lưu .db hoặc .dump>");
            return 2;
        }

        if (!File.Exists(backupFile) || await BackupManifest.ReadAsync(BackupManifest.PathFor(backupFile), ct) is not { } manifest)
        {
            await output.WriteLineAsync($"Không thấy tệp sao lưu {backupFile} hoặc tệp mô tả {BackupManifest.PathFor(backupFile)} đi kèm.");
            return 1;
        }

        var provider = services.GetRequiredService<DatabaseOptions>().Provider;
        if (BackupManifest.ProviderOf(manifest.Provider) != provider)
        {
            await output.WriteLineAsync($"Bản sao lưu dành cho {manifest.Provider}, nhưng ứng dụng đang cấu hình {provider}.");
            return 1;
        }

        if (await BackupManifest.Sha256Async(backupFile, ct) != manifest.Sha256)
        {
            await output.WriteLineAsync("Tệp sao lưu không khớp mã SHA-256 trong tệp mô tả: tệp đã hỏng hoặc bị sửa. Không khôi phục.");
            return 1;
        }

        var configuration = services.GetRequiredService<IConfiguration>();
        string connectionString;
        await using (var scope = services.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
        }

        var refused = provider == DatabaseProvider.Sqlite
            ? await RestoreSqliteAsync(connectionString, backupFile, ct)
            : await RestorePostgresAsync(configuration, connectionString, backupFile, ct);
        if (refused is not null)
        {
            await output.WriteLineAsync(refused);
            return 1;
        }

        CopyMissingFiles(configuration, backupFile);
        await new FileStore(BackupManifest.FilesPathFor(backupFile)).CopyAllToAsync(FileStore.For(configuration), ct);
        var problems = await VerifyAsync(services, provider, connectionString, backupFile, manifest, ct);
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem);
        }

        if (problems.Count == 0 && File.Exists(MigrateDatabase.MarkerFor(configuration)))
        {
            File.Delete(MigrateDatabase.MarkerFor(configuration)); // the database a failed migration left is no longer the one configured (ADR 0019)
        }

        await output.WriteLineAsync(problems.Count == 0
            ? $"Đã khôi phục bản sao lưu lúc {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC (phiên bản {manifest.AppVersion}): " +
              $"{manifest.Tables.Count} bảng, {manifest.Tables.Sum(t => t.Rows)} dòng khớp số dòng và mã kiểm tra; nhật ký kiểm toán nguyên vẹn " +
              $"đến bản ghi số {manifest.AuditHeadSeq?.ToString(CultureInfo.InvariantCulture) ?? "0"}."
            : $"Đã chép dữ liệu nhưng KIỂM TRA THẤT BẠI ({problems.Count} lỗi ở trên): không đưa cơ sở dữ liệu này vào sử dụng.");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Null when restored; otherwise why nothing was done.</summary>
    private static async Task<string?> RestoreSqliteAsync(string connectionString, string backupFile, CancellationToken ct)
    {
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        var wal = path + "-wal";
        if ((File.Exists(path) && new FileInfo(path).Length > 0) || (File.Exists(wal) && new FileInfo(wal).Length > 0))
        {
            return (File.Exists(path) && new FileInfo(path).Length > 0 ? await DescribeNonEmptyAsync(DatabaseProvider.Sqlite, connectionString, ct) : null)
                   ?? $"Tệp cơ sở dữ liệu {path} đã tồn tại. Chỉ khôi phục vào tệp chưa có hoặc rỗng: dừng ứng dụng, chuyển tệp cũ đi rồi chạy lại.";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".restore-tmp";
        try
        {
            File.Copy(backupFile, temp, overwrite: true);
            await using (var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }

            File.Delete(path + "-shm");
            File.Delete(wal);
            File.Move(temp, path, overwrite: true); // over an empty file only (checked above)
        }
        finally
        {
            File.Delete(temp);
        }

        return null;
    }

    private static async Task<string?> RestorePostgresAsync(IConfiguration configuration, string connectionString, string backupFile,
        CancellationToken ct)
    {
        if (await DescribeNonEmptyAsync(DatabaseProvider.Postgres, connectionString, ct) is { } nonEmpty)
        {
            return nonEmpty;
        }

        if (PostgresTools.Find(configuration, "pg_restore") is not { } pgRestore)
        {
            return "Không tìm thấy pg_restore (trong PATH, /usr/lib/postgresql/*/bin hoặc Backup:PostgresBin).";
        }

        // One transaction: a failed restore leaves the database as empty as it was. No owners and grants from the
        // source (the roles may not exist here: run docs/operations/postgres-app-role.sql afterwards); no comments (the
        // schema has none, and COMMENT ON EXTENSION needs a superuser).
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database ?? "";
        var (exitCode, error) = await PostgresTools.RunAsync(pgRestore, connectionString,
            ["--no-owner", "--no-privileges", "--no-comments", "--exit-on-error", "--single-transaction", "--no-password",
                "--dbname=" + database, Path.GetFullPath(backupFile)], ct);
        return exitCode == 0 ? null : $"pg_restore thất bại (mã {exitCode}), cơ sở dữ liệu không thay đổi: {error}";
    }

    /// <summary>Null when the database has no table; otherwise a refusal naming what is there.</summary>
    private static async Task<string?> DescribeNonEmptyAsync(DatabaseProvider provider, string connectionString, CancellationToken ct)
    {
        await using var connection = await OpenAsync(provider, connectionString, readOnly: true, ct);
        var tables = await TableChecksums.ListTablesAsync(connection, null, provider, ct);
        if (tables.Count == 0)
        {
            return null;
        }

        var withRows = new List<string>();
        foreach (var (name, quoted) in tables.OrderBy(t => t.Name != "Tenants")) // the provinces first: the most telling
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the table name comes from the database's own catalog and is quoted
            command.CommandText = $"SELECT COUNT(*) FROM {quoted}";
#pragma warning restore CA2100
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) is var rows and > 0)
            {
                withRows.Add($"{name} ({rows})");
            }
        }

        return withRows.Count > 0
            ? $"Từ chối khôi phục: cơ sở dữ liệu đích đang có dữ liệu ({string.Join(", ", withRows.Take(5))}{(withRows.Count > 5 ? ", …" : "")}). " +
              "Chỉ khôi phục vào cơ sở dữ liệu trống; không có gì bị thay đổi."
            : $"Từ chối khôi phục: cơ sở dữ liệu đích đã có {tables.Count} bảng (dù chưa có dòng nào). Hãy tạo một cơ sở dữ liệu mới, trống; " +
              "không có gì bị thay đổi.";
    }

    private static async Task<List<string>> VerifyAsync(IServiceProvider services, DatabaseProvider provider, string connectionString,
        string backupFile, BackupManifest manifest, CancellationToken ct)
    {
        var problems = new List<string>();
        IReadOnlyList<TableSummary> tables;
        await using (var connection = await OpenAsync(provider, connectionString, readOnly: false, ct))
        await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct))
        {
            tables = await TableChecksums.ComputeAsync(connection, transaction, provider, ct);
        }

        var restored = tables.ToDictionary(t => t.Table, StringComparer.Ordinal);
        foreach (var expected in manifest.Tables)
        {
            if (!restored.Remove(expected.Table, out var actual))
            {
                problems.Add($"Thiếu bảng {expected.Table}.");
            }
            else if (actual.Rows != expected.Rows)
            {
                problems.Add($"Bảng {expected.Table}: {actual.Rows} dòng, bản sao lưu có {expected.Rows}.");
            }
            else if (actual.Checksum != expected.Checksum)
            {
                problems.Add($"Bảng {expected.Table}: nội dung khác bản sao lưu (mã kiểm tra không khớp).");
            }
        }

        problems.AddRange(restored.Keys.Select(t => $"Bảng {t} không có trong bản sao lưu."));

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var broken = await AuditLog.VerifyStoredAsync(db, ct);
        if (broken is not null)
        {
            problems.Add($"Nhật ký kiểm toán bị sửa đổi hoặc thiếu từ bản ghi số {broken}.");
        }

        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Seq).Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
        if (head?.Seq != manifest.AuditHeadSeq || head?.Hash != manifest.AuditHeadHash)
        {
            problems.Add($"Đầu nhật ký kiểm toán là bản ghi số {head?.Seq}, bản sao lưu ghi {manifest.AuditHeadSeq}.");
        }

        if (await AuditCheckpoints.CheckAsync(db, BackupManifest.CheckpointsPathFor(backupFile), ct) is { } missing)
        {
            problems.Add($"Nhật ký kiểm toán không khớp mốc kiểm tra sao lưu kèm: {missing}");
        }

        // The backup may be of an older schema (restored, then upgraded at the next start): read only the tables it has.
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var files = await db.Files.BrokenAsync(await db.ReferencedFiles(applied).ToListAsync(ct), ct);
        if (files.Count > 0)
        {
            problems.Add($"{files.Count} tệp đính kèm thiếu hoặc hỏng so với cơ sở dữ liệu (ví dụ {files[0]}).");
        }

        return problems;
    }

    /// <summary>Keys and checkpoints saved with the backup, into the data directory where they are missing (never overwritten).</summary>
    private static void CopyMissingFiles(IConfiguration configuration, string backupFile)
    {
        var keys = BackupManifest.KeysPathFor(backupFile);
        if (Directory.Exists(keys))
        {
            var target = Directory.CreateDirectory(Path.Combine(DataServices.DataDirectory(configuration), "keys")).FullName;
            foreach (var key in Directory.GetFiles(keys))
            {
                var to = Path.Combine(target, Path.GetFileName(key));
                if (!File.Exists(to))
                {
                    File.Copy(key, to);
                }
            }
        }

        var checkpoints = BackupManifest.CheckpointsPathFor(backupFile);
        var live = AuditCheckpoints.PathFor(configuration);
        if (File.Exists(checkpoints) && !File.Exists(live))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(live))!);
            File.Copy(checkpoints, live);
        }
    }

    private static async Task<DbConnection> OpenAsync(DatabaseProvider provider, string connectionString, bool readOnly, CancellationToken ct)
    {
        DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder(connectionString)
            {
                Pooling = false,
                Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            }.ToString())
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }
}
