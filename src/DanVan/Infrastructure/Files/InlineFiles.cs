using System.Data.Common;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Infrastructure.Files;

/// <summary>
/// Before the migration that drops the <c>Content</c> columns (<see cref="Migration"/>), the bytes a database of an
/// earlier version kept inline are written to the <see cref="FileStore"/> — each checked against its row's SHA-256, so
/// a corrupt row stops the upgrade instead of losing the file. Content-addressed: running it twice stores nothing twice.
/// </summary>
internal static class InlineFiles
{
    /// <summary>The migration (same name in both providers' sets) after which no table holds file contents.</summary>
    public const string Migration = "FilesOutsideDatabase";

    private static readonly (string Table, string CreatedBy)[] Tables =
    [
        ("DocumentAttachments", "AddDocumentsAndMovements"),
        ("ModelEvidence", "AddModelProgress"),
    ];

    /// <summary>Moves the inline contents out when <see cref="Migration"/> is about to run; the number of rows read.</summary>
    public static async Task<int> MoveOutAsync(AppDbContext db, CancellationToken ct)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct))
        {
            return 0; // a database the migration is about to create holds no files
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (!pending.Any(IsNamed(Migration)))
        {
            return 0;
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var rows = 0;
            foreach (var (table, createdBy) in Tables.Where(t => applied.Any(IsNamed(t.CreatedBy))))
            {
                rows += await MoveTableAsync(connection, db.Files, table, ct);
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Func<string, bool> IsNamed(string name) => id => id.EndsWith("_" + name, StringComparison.Ordinal);

    private static async Task<int> MoveTableAsync(DbConnection connection, FileStore files, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Sha256\", \"Content\" FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = 0;
        while (await reader.ReadAsync(ct))
        {
            var sha256 = reader.GetString(0);
            if (!files.Exists(sha256))
            {
                await files.SaveAsync(sha256, (byte[])reader.GetValue(1), ct);
            }

            rows++;
        }

        return rows;
    }
}
