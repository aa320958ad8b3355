using DanVan.Infrastructure.Backup;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Infrastructure.Data;

/// <summary>
/// Start-up migration (the <c>migrate</c> verb and <c>Database:MigrateOnStart</c>). PostgreSQL: EF Core's migrations,
/// each in a transaction. SQLite (ADR 0019), whose table rebuilds run partly outside a transaction: a database left
/// half-migrated by an earlier start is refused; one that holds data is copied (<see cref="PreMigrationCopy"/>) before
/// anything changes it, the inline files included; the migrations run one by one, so a failure names its migration and
/// prints the restore command; the result is checked (<see cref="SqliteSoundness"/>). Until all of that succeeded a
/// marker file in the backups folder stays, and every later start refuses until the copy is restored (the
/// <c>restore</c> verb removes the marker) or the operator deletes the marker.
/// </summary>
internal static class MigrateDatabase
{
    public const string MarkerName = "migration-in-progress.txt";

    public static string MarkerFor(IConfiguration configuration) => Path.Combine(PreMigrationCopy.FolderFor(configuration), MarkerName);

    public static async Task RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (services.GetRequiredService<DatabaseOptions>().Provider != DatabaseProvider.Sqlite)
        {
            await InlineFiles.MoveOutAsync(db, ct); // before the columns go
            await db.Database.MigrateAsync(ct);
            return;
        }

        var configuration = services.GetRequiredService<IConfiguration>();
        var marker = MarkerFor(configuration);
        if (File.Exists(marker)) // even when the database file was moved away: a new empty one is not what the operator wants
        {
            throw await RefuseAsync(output, configuration, db, [$"lần nâng cấp trước chưa hoàn tất ({(await File.ReadAllTextAsync(marker, ct)).Trim()})"],
                $"Nếu chắc chắn cơ sở dữ liệu vẫn nguyên vẹn, xóa tệp {marker} rồi khởi động lại.");
        }

        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct))
        {
            await db.Database.MigrateAsync(ct); // a new database: nothing to lose
            return;
        }

        if (await SqliteSoundness.LeftoversAsync(db, ct) is { Count: > 0 } leftovers)
        {
            throw await RefuseAsync(output, configuration, db, leftovers,
                "Nếu không có tiến trình nào khác đang nâng cấp và chỉ còn khóa nâng cấp, xóa khóa bằng: " +
                $"sqlite3 \"{DatabaseFile(db)}\" 'DELETE FROM \"__EFMigrationsLock\"' rồi khởi động lại.");
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0)
        {
            return; // up to date: not even EF's migration lock is taken, so a kill now leaves nothing behind
        }

        if (applied.Count == 0)
        {
            await db.Database.MigrateAsync(ct); // an empty file: nothing to lose
            return;
        }

        var copy = await PreMigrationCopy.TakeAsync(services, applied[^1], pending, output, ct);
        Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
        await using (var stream = new FileStream(marker, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes($"từ {PreMigrationCopy.NameOf(applied[^1])}, bản sao {copy ?? "(không có)"}"), ct);
            stream.Flush(flushToDisk: true); // on the disk before the first change the marker stands for
        }

        var step = $"chuyển tệp đính kèm ra khỏi cơ sở dữ liệu (trước {InlineFiles.Migration})";
        try
        {
            await InlineFiles.MoveOutAsync(db, ct);
            var migrator = db.GetService<IMigrator>();
            foreach (var migration in pending)
            {
                step = PreMigrationCopy.NameOf(migration);
                await migrator.MigrateAsync(migration, ct);
            }
        }
        catch (Exception e)
        {
            await output.WriteLineAsync($"LỖI: nâng cấp cơ sở dữ liệu thất bại ở bước {step}: {e.Message}");
            await output.WriteLineAsync(RestoreAdvice(configuration, db, copy));
            throw;
        }

        if (await SqliteSoundness.CheckAsync(db, ct) is { Count: > 0 } problems)
        {
            throw await RefuseAsync(output, configuration, db, problems, null);
        }

        File.Delete(marker);
    }

    /// <summary>Prints why the database is not served and how to go back to the newest copy; the exception that stops the start.</summary>
    private static async Task<DatabaseRefusedException> RefuseAsync(TextWriter output, IConfiguration configuration, AppDbContext db,
        IEnumerable<string> problems, string? orElse)
    {
        var message = $"Cơ sở dữ liệu có thể đang dở dang hoặc hỏng nên ứng dụng không chạy: {string.Join("; ", problems)}. " +
                      RestoreAdvice(configuration, db, PreMigrationCopy.Newest(configuration)) + (orElse is null ? "" : "\n" + orElse);
        await output.WriteLineAsync("LỖI: " + message);
        return new DatabaseRefusedException(message);
    }

    /// <summary>How to go back to <paramref name="copy"/>: move the database aside, then the restore verb (it restores into an empty database only).</summary>
    private static string RestoreAdvice(IConfiguration configuration, AppDbContext db, string? copy)
    {
        if (copy is null)
        {
            return "Không có bản sao trước nâng cấp: khôi phục từ bản sao lưu gần nhất (README, “Backup and restore”).";
        }

        var database = DatabaseFile(db);
        var aside = Path.Combine(PreMigrationCopy.FolderFor(configuration), "hong-" + Path.GetFileNameWithoutExtension(copy));
        var app = Environment.ProcessPath is { } process && Path.GetFileNameWithoutExtension(process) != "dotnet"
            ? $"\"{process}\""
            : $"dotnet \"{typeof(MigrateDatabase).Assembly.Location}\"";
        return $"Để trở về bản sao trước nâng cấp {copy}: dừng ứng dụng rồi chạy (cùng cấu hình DANVAN_* như ứng dụng):\n" +
               $"  mkdir -p \"{aside}\"; mv \"{database}\" \"{database}-wal\" \"{database}-shm\" \"{aside}/\" 2>/dev/null; " +
               $"DANVAN_DATADIRECTORY=\"{DataServices.DataDirectory(configuration)}\" {app} restore \"{copy}\"";
    }

    private static string DatabaseFile(AppDbContext db) =>
        Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
}

/// <summary>The start is refused on a database that may be half-migrated or broken; the reason and the way back were printed.</summary>
public sealed class DatabaseRefusedException(string message) : InvalidOperationException(message);
