using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Infrastructure.Data;

namespace DanVan.Infrastructure.Backup;

/// <summary>
/// The copy of a SQLite database taken before start-up migrations change it (ADR 0019): an ordinary backup set (the
/// same code as the <c>backup</c> verb, without the uploaded files) named
/// <c>{data directory}/backups/pre-migration-{UTC yyyyMMddHHmmss}-{last applied migration}.db</c>, so the
/// <c>restore</c> verb takes it back. The newest <see cref="DatabaseOptions.PreMigrationCopies"/> are kept; older
/// pre-migration sets in that folder are deleted, nothing else there is touched.
/// </summary>
internal static partial class PreMigrationCopy
{
    public static string FolderFor(IConfiguration configuration) => Path.Combine(DataServices.DataDirectory(configuration), "backups");

    /// <summary>The copy's path, or null when copies are turned off. Throws when the copy fails: no migration without it.</summary>
    public static async Task<string?> TakeAsync(IServiceProvider services, string lastApplied, IReadOnlyList<string> pending, TextWriter output,
        CancellationToken ct)
    {
        var keep = services.GetRequiredService<DatabaseOptions>().PreMigrationCopies;
        if (keep <= 0)
        {
            await output.WriteLineAsync($"CẢNH BÁO: Database:PreMigrationCopies = {keep}: nâng cấp cơ sở dữ liệu mà KHÔNG sao chép trước ({string.Join(", ", pending.Select(NameOf))}).");
            return null;
        }

        var folder = FolderFor(services.GetRequiredService<IConfiguration>());
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"pre-migration-{now:yyyyMMddHHmmss}-{NameOf(lastApplied)}.db"));
        var backupOutput = new StringWriter();
        int result;
        try
        {
            if (Directory.Exists(folder))
            {
                foreach (var unfinished in Directory.EnumerateFiles(folder, "pre-migration-*.db.tmp"))
                {
                    File.Delete(unfinished); // a copy killed midway: as big as the database, and never to be finished
                }
            }

            result = await BackupDatabase.WriteAsync(services, file, withFiles: false, backupOutput, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await backupOutput.WriteLineAsync(e.Message);
            result = 1;
        }

        if (result != 0)
        {
            var message = $"Không sao chép được cơ sở dữ liệu vào {folder} trước khi nâng cấp nên không nâng cấp: {backupOutput.ToString().Trim()} " +
                          "Hãy kiểm tra thư mục đó và chỗ trống (bản sao cần chừng ấy chỗ như tệp cơ sở dữ liệu) rồi khởi động lại.";
            await output.WriteLineAsync("LỖI: " + message);
            throw new InvalidOperationException(message);
        }

        await output.WriteLineAsync($"Đã sao chép cơ sở dữ liệu trước khi nâng cấp vào {file} (đang ở {NameOf(lastApplied)}); " +
            $"sắp áp dụng {pending.Count} bước nâng cấp: {string.Join(", ", pending.Select(NameOf))}.");
        foreach (var expired in Sets(folder).Skip(keep))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder, expired + ".*"))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
        }

        return file;
    }

    /// <summary>The newest pre-migration copy in the folder, if any (what a refusal to start points at).</summary>
    public static string? Newest(IConfiguration configuration)
    {
        var folder = FolderFor(configuration);
        return Sets(folder).FirstOrDefault() is { } stem ? Path.Combine(folder, stem + ".db") : null;
    }

    /// <summary>"20261205024827_FilesOutsideDatabase" → "FilesOutsideDatabase".</summary>
    public static string NameOf(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    /// <summary>The stems of the pre-migration sets in the folder, newest first (the UTC time in the name orders them).</summary>
    private static IEnumerable<string> Sets(string folder) => !Directory.Exists(folder)
        ? []
        : Directory.EnumerateFiles(folder, "pre-migration-*.db")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(stem => SetName().IsMatch(stem))
            .OrderDescending(StringComparer.Ordinal);

    [GeneratedRegex(@"^pre-migration-\d{14}-\w+$", RegexOptions.CultureInvariant)]
    private static partial Regex SetName();
}
