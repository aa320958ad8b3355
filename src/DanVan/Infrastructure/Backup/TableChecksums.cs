using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DanVan.Infrastructure.Data;

namespace DanVan.Infrastructure.Backup;

/// <summary>Rows and content checksum of one table, as written in a backup manifest.</summary>
internal sealed record TableSummary(string Table, long Rows, string Checksum);

/// <summary>
/// Every table's row count and a checksum of its content, read inside the caller's transaction (so, for a backup, in
/// the same snapshot the backup copies). The checksum is order-independent: each row is hashed on its own, and the
/// sorted row hashes are hashed again. It needs no primary key and does not depend on the collation that would order
/// the rows, so a restore into another cluster compares equal. It is computed by the same code on the same provider
/// on both sides; it is not meant to compare a SQLite database with a PostgreSQL one.
/// </summary>
internal static class TableChecksums
{
    public static async Task<IReadOnlyList<TableSummary>> ComputeAsync(DbConnection connection, DbTransaction? transaction,
        DatabaseProvider provider, CancellationToken ct)
    {
        var tables = await ListTablesAsync(connection, transaction, provider, ct);
        var result = new List<TableSummary>(tables.Count);
        foreach (var (name, quoted) in tables)
        {
            result.Add(await SummarizeAsync(connection, transaction, name, quoted, ct));
        }

        return result;
    }

    /// <summary>The user tables (name for the manifest, quoted name for SQL), in ordinal name order.</summary>
    public static async Task<IReadOnlyList<(string Name, string Quoted)>> ListTablesAsync(DbConnection connection, DbTransaction? transaction,
        DatabaseProvider provider, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = provider == DatabaseProvider.Sqlite
            ? "SELECT '', name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' " +
              "AND table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg_toast%'";
        var tables = new List<(string, string)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var schema = reader.GetString(0);
                var name = reader.GetString(1);
                tables.Add(schema is "" or "public"
                    ? (name, Quote(name))
                    : (schema + "." + name, Quote(schema) + "." + Quote(name)));
            }
        }

        return [.. tables.OrderBy(t => t.Item1, StringComparer.Ordinal)];
    }

    private static async Task<TableSummary> SummarizeAsync(DbConnection connection, DbTransaction? transaction, string name, string quoted,
        CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // the table name comes from the database's own catalog and is quoted
        command.CommandText = $"SELECT * FROM {quoted}";
#pragma warning restore CA2100
        var rowHashes = new List<UInt128>();
        using var row = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var digest = new byte[32];
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    AppendValue(row, reader.IsDBNull(i) ? null : reader.GetValue(i));
                }

                row.GetHashAndReset(digest);
                rowHashes.Add(BinaryPrimitives.ReadUInt128BigEndian(digest));
            }
        }

        rowHashes.Sort();
        using var table = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var one = new byte[16];
        foreach (var h in rowHashes)
        {
            BinaryPrimitives.WriteUInt128BigEndian(one, h);
            table.AppendData(one);
        }

        return new TableSummary(name, rowHashes.Count, Convert.ToHexStringLower(table.GetHashAndReset()));
    }

    /// <summary>Length-prefixed, so ("ab", "c") and ("a", "bc") differ; -1 for NULL.</summary>
    private static void AppendValue(IncrementalHash hash, object? value)
    {
        var bytes = value switch
        {
            null => null,
            byte[] b => b,
            string s => Encoding.UTF8.GetBytes(s),
            DateTime d => Encoding.UTF8.GetBytes(d.ToString("O", CultureInfo.InvariantCulture)),
            DateTimeOffset d => Encoding.UTF8.GetBytes(d.ToString("O", CultureInfo.InvariantCulture)),
            double d => Encoding.UTF8.GetBytes(d.ToString("R", CultureInfo.InvariantCulture)),
            IFormattable f => Encoding.UTF8.GetBytes(f.ToString(null, CultureInfo.InvariantCulture)),
            System.Collections.IEnumerable items => Encoding.UTF8.GetBytes(string.Join('\u001f', items.Cast<object?>()
                .Select(o => o is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : o?.ToString() ?? "\0"))),
            _ => Encoding.UTF8.GetBytes(value.ToString() ?? ""),
        };
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes?.Length ?? -1);
        hash.AppendData(length);
        if (bytes is not null)
        {
            hash.AppendData(bytes);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
