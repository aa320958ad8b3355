using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Data.Bulk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Generate;

/// <summary>SQLite: one transaction, one prepared INSERT per table reused with parameters, journal and sync off while loading.</summary>
internal sealed class SqliteBulkWriter(AppDbContext db, StableIds ids, DateTime now) : BulkWriter(db, ids, now)
{
    private SqliteConnection? connection;
    private SqliteTransaction? transaction;

    protected override async Task BeginAsync()
    {
        await Db.Database.OpenConnectionAsync();
        connection = (SqliteConnection)Db.Database.GetDbConnection();
        await ExecuteAsync("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        transaction = connection.BeginTransaction();
    }

    protected override Task WriteRowsAsync<T>(BulkTable table, IReadOnlyCollection<T> rows, Func<int, object?, object?> remap) =>
        BulkInsert.WriteAsync(connection!, transaction!, table, rows, remap);

    public override async Task CompleteAsync()
    {
        await transaction!.CommitAsync();
        await transaction.DisposeAsync();
        transaction = null;
        await ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; ANALYZE;");
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
        await using var command = connection!.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }
}
