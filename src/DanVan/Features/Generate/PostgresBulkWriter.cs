using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Data.Bulk;
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

    protected override Task WriteRowsAsync<T>(BulkTable table, IReadOnlyCollection<T> rows, Func<int, object?, object?> remap) =>
        BulkInsert.WriteAsync(connection!, transaction!, table, rows, remap);

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
