using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DanVan.Infrastructure.Data.Bulk;

/// <summary>
/// Set-based inserts of many rows of one table inside an open transaction, with the database's normal checks on
/// (foreign keys, triggers, constraints): SQLite — one prepared INSERT reused with parameters; PostgreSQL — one binary
/// <c>COPY … FROM STDIN</c>. Used by the dataset generator and by the Excel imports (through
/// <see cref="AppDbContext.InsertAuditedAsync{T}"/>, which adds the audit entries).
/// </summary>
public static class BulkInsert
{
    public static Task WriteAsync<T>(DbConnection connection, DbTransaction transaction, BulkTable table, IEnumerable<T> rows,
        Func<int, object?, object?>? remap = null, CancellationToken ct = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        return connection switch
        {
            SqliteConnection sqlite => InsertAsync(sqlite, (SqliteTransaction)transaction, table, rows, remap, ct),
            NpgsqlConnection postgres => CopyAsync(postgres, table, rows, remap, ct),
            _ => throw new NotSupportedException($"Bulk insert is not implemented for {connection?.GetType().Name}."),
        };
    }

    private static async Task InsertAsync<T>(SqliteConnection connection, SqliteTransaction transaction, BulkTable table, IEnumerable<T> rows,
        Func<int, object?, object?>? remap, CancellationToken ct)
        where T : class
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table.Target} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = table.Columns
            .Select((c, i) => (SqliteParameter)c.Mapping.CreateParameter(command, $"$p{i}", null, c.Property.IsNullable, ParameterDirection.Input))
            .ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        var values = new object?[table.Columns.Count];
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            table.Read(row, values, remap);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery(); // synchronous on purpose: Microsoft.Data.Sqlite has no real async I/O
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, BulkTable table, IEnumerable<T> rows,
        Func<int, object?, object?>? remap, CancellationToken ct)
        where T : class
    {
        var types = table.Columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table.Target} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct);
        var values = new object?[table.Columns.Count];
        foreach (var row in rows)
        {
            table.Read(row, values, remap);
            await importer.StartRowAsync(ct);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(values[i], types[i], ct);
                }
            }
        }

        await importer.CompleteAsync(ct);
    }
}
