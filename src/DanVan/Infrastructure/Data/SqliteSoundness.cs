using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Data;

/// <summary>
/// Is a SQLite database whole (ADR 0019)? <see cref="LeftoversAsync"/> is what an interrupted EF Core migration leaves
/// behind — a table rebuild's <c>ef_temp_*</c> table, the migration lock still held — and costs two catalog reads, so
/// it runs at every start. <see cref="CheckAsync"/> reads the whole file (<c>PRAGMA quick_check</c>, then
/// <c>PRAGMA foreign_key_check</c>: about 8 s and 4 s on the 1.3 GB national L dataset, well under a second on a
/// province), so it runs after migrations changed the schema. Each returns the problems in Vietnamese; none means sound.
/// </summary>
internal static class SqliteSoundness
{
    private const int MaxListed = 5;

    public static async Task<IReadOnlyList<string>> LeftoversAsync(AppDbContext db, CancellationToken ct)
    {
        var problems = new List<string>();
        var temp = await ColumnAsync(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ef\\_temp\\_%' ESCAPE '\\' ORDER BY name", ct);
        if (temp.Count > 0)
        {
            problems.Add($"còn bảng tạm của một lần dựng lại bảng bị dừng giữa chừng: {string.Join(", ", temp)}");
        }

        if ((await ColumnAsync(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'", ct)).Count > 0
            && (await ColumnAsync(db, "SELECT \"Timestamp\" FROM \"__EFMigrationsLock\"", ct)) is [var since, ..])
        {
            problems.Add($"khóa nâng cấp (__EFMigrationsLock) còn giữ từ {since}: lần nâng cấp trước bị dừng giữa chừng, hoặc một tiến trình khác đang nâng cấp");
        }

        return problems;
    }

    public static async Task<IReadOnlyList<string>> CheckAsync(AppDbContext db, CancellationToken ct)
    {
        var problems = new List<string>();
        var integrity = await ColumnAsync(db, $"PRAGMA quick_check({MaxListed})", ct);
        if (integrity is not ["ok"])
        {
            problems.Add($"tệp hỏng (PRAGMA quick_check): {string.Join("; ", integrity)}");
        }

        // Columns: table, rowid, parent table, foreign key index; one row per broken reference.
        var broken = await ColumnAsync(db, "SELECT \"table\" || ' → ' || \"parent\" FROM pragma_foreign_key_check", ct);
        if (broken.Count > 0)
        {
            problems.Add($"{broken.Count} tham chiếu tới dòng không tồn tại (PRAGMA foreign_key_check): " +
                         string.Join(", ", broken.CountBy(b => b).Take(MaxListed).Select(g => $"{g.Key} ({g.Value.ToString(CultureInfo.InvariantCulture)})")));
        }

        return problems;
    }

    private static async Task<List<string>> ColumnAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using DbCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // constant SQL of this class
            command.CommandText = sql;
#pragma warning restore CA2100
            command.CommandTimeout = 0; // the whole-file checks take as long as the file needs
            var values = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
            }

            return values;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
