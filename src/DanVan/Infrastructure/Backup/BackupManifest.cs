using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using DanVan.Infrastructure.Data;

namespace DanVan.Infrastructure.Backup;

/// <summary>
/// What a backup holds, written next to it as <c>&lt;stem&gt;.json</c>: read from the same snapshot the backup copied,
/// so a restore can prove it got exactly that state back. The other files of one backup share the stem:
/// <c>&lt;stem&gt;.db|.dump</c>, <c>&lt;stem&gt;.keys/</c> (Data Protection keys), <c>&lt;stem&gt;.files/</c> (uploaded files),
/// <c>&lt;stem&gt;.audit-checkpoints.log</c>.
/// </summary>
internal sealed record BackupManifest(
    string Provider,
    DateTime CreatedAt,
    string? AppVersion,
    string File,
    string Sha256,
    long? AuditHeadSeq,
    string? AuditHeadHash,
    IReadOnlyList<TableSummary> Tables)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Stem(string backupFile) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(backupFile))!,
        Path.GetFileNameWithoutExtension(backupFile));

    public static string PathFor(string backupFile) => Stem(backupFile) + ".json";

    public static string KeysPathFor(string backupFile) => Stem(backupFile) + ".keys";

    /// <summary>The uploaded files (a <see cref="Files.FileStore"/> of its own: the same layout, content-addressed).</summary>
    public static string FilesPathFor(string backupFile) => Stem(backupFile) + ".files";

    public static string CheckpointsPathFor(string backupFile) => Stem(backupFile) + "." + Audit.AuditCheckpoints.FileName;

    /// <summary>The last migration and the audit chain's head, read in the caller's transaction (the backup's snapshot).</summary>
    public static async Task<(string? AppVersion, long? Seq, string? Hash)> ReadHeadAsync(DbConnection connection, DbTransaction? transaction,
        CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\"";
        var version = await command.ExecuteScalarAsync(ct) as string;
        command.CommandText = "SELECT \"Seq\", \"Hash\" FROM \"AuditEntries\" ORDER BY \"Seq\" DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (version, reader.GetInt64(0), reader.GetString(1)) : (version, null, null);
    }

    public static async Task<string> Sha256Async(string file, CancellationToken ct)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    public async Task WriteAsync(string path, CancellationToken ct)
    {
        var temp = path + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(stream, this, Json, ct);
            stream.Flush(flushToDisk: true);
        }

        System.IO.File.Move(temp, path);
    }

    public static async Task<BackupManifest?> ReadAsync(string path, CancellationToken ct)
    {
        if (!System.IO.File.Exists(path))
        {
            return null;
        }

        await using var stream = System.IO.File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, ct);
    }

    public static DatabaseProvider ProviderOf(string name) => Enum.Parse<DatabaseProvider>(name, ignoreCase: true);
}
