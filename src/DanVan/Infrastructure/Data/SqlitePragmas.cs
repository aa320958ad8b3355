using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace DanVan.Infrastructure.Data;

/// <summary>
/// Durability for every SQLite connection: WAL journal, synchronous=FULL, a busy wait instead of an error. Set once
/// per physical connection: the pool hands the same native handle out again and again (EF opens and closes the
/// connection around every query), and these settings stay on the handle, so running them on every open cost a
/// statement per query (bench/README.md, "Writes and details under load").
/// </summary>
public sealed class SqlitePragmas(int busyTimeoutSeconds) : DbConnectionInterceptor
{
    private readonly string sql =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout={busyTimeoutSeconds * 1000}; PRAGMA foreign_keys=ON;";

    // EF probes whether the database exists on a read-only connection; switching a rollback-journal file (a restored
    // backup, a copy) to WAL is a write there and fails with "attempt to write a readonly database".
    private readonly string readOnlySql = $"PRAGMA busy_timeout={busyTimeoutSeconds * 1000}; PRAGMA foreign_keys=ON;";

    /// <summary>Native handles already set; weak, so a handle the pool closes is forgotten with it.</summary>
    private static readonly ConditionalWeakTable<sqlite3, object> Done = [];
    private static readonly object Seen = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (For(connection) is not { } sql)
        {
            return;
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (For(connection) is not { } sql)
        {
            return;
        }

        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }

    /// <summary>
    /// The connection string with the driver's own busy retry (<c>Default Timeout</c>, 30 s unless set) bounded like
    /// SQLite's <c>busy_timeout</c>: otherwise the driver retries a refused lock for 30 s whatever the pragma says. A
    /// timeout written in a configured connection string is kept.
    /// </summary>
    public static string WithBusyTimeout(string connectionString, int busyTimeoutSeconds)
    {
        return connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)
            ? connectionString
            : new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = busyTimeoutSeconds }.ToString();
    }

    /// <summary>The settings to run, or null when this handle already has them.</summary>
    private string? For(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle })
        {
            return sql;
        }

        if (Done.TryGetValue(handle, out _))
        {
            return null;
        }

        return raw.sqlite3_db_readonly(handle, "main") == 1 ? readOnlySql : sql;
    }

    private static void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && raw.sqlite3_db_readonly(handle, "main") != 1)
        {
            Done.AddOrUpdate(handle, Seen);
        }
    }
}
