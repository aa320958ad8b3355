using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DanVan.Features.Generate;

/// <summary>PostgreSQL: one binary COPY per batch, inside one transaction; foreign-key triggers off when the role may.</summary>
internal sealed class PostgresBulkWriter(AppDbContext db, StableIds ids, DateTime now) : BulkWriter(db, ids, now)
{
    private NpgsqlConnection? connection;
    private NpgsqlTransaction? transaction;

    protected override async Task BeginAsync()
    {
        await Db.Database.OpenConnectionAsync();
        connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        transaction = await connection.BeginTransactionAsync();
        try
        {
            await ExecuteAsync("SAVEPOINT replica; SET LOCAL session_replication_role = replica;");
        }
        catch (PostgresException)
        {
            await ExecuteAsync("ROLLBACK TO SAVEPOINT replica;"); // not a superuser: keep the checks, rows arrive parents first anyway
        }
    }

    protected override async Task WriteRowsAsync<T>(BulkTable table, IReadOnlyCollection<T> rows)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var target = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        var types = table.Columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        await using var importer = await connection!.BeginBinaryImportAsync($"COPY {target} ({columns}) FROM STDIN (FORMAT BINARY)");
        var values = new object?[table.Columns.Count];
        foreach (var row in rows)
        {
            table.Read(row, Ids, values);
            await importer.StartRowAsync();
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    await importer.WriteNullAsync();
                }
                else
                {
                    await importer.WriteAsync(values[i], types[i]);
                }
            }
        }

        await importer.CompleteAsync();
    }

    public override async Task CompleteAsync()
    {
        await transaction!.CommitAsync();
        await transaction.DisposeAsync();
        transaction = null;
        await ExecuteAsync("ANALYZE;");
    }

    public override async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }

        await Db.Database.CloseConnectionAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }
}
