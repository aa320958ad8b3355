using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Infrastructure.Data;

/// <summary>Durability for every SQLite connection: WAL journal, synchronous=FULL, a busy wait instead of an error.</summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    // EF probes whether the database exists on a read-only connection; switching a rollback-journal file (a restored
    // backup, a copy) to WAL is a write there and fails with "attempt to write a readonly database".
    private const string ReadOnlySql = "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = For(connection);
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = For(connection);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string For(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && SQLitePCL.raw.sqlite3_db_readonly(handle, "main") == 1 ? ReadOnlySql : Sql;
}
