using System.Data;
using DanVan.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Generate;

/// <summary>SQLite: one transaction, one prepared INSERT per table reused with parameters, journal and sync off while loading.</summary>
internal sealed class SqliteBulkWriter(AppDbContext db, StableIds ids, DateTime now) : BulkWriter(db, ids, now)
{
    private readonly Dictionary<string, (SqliteCommand Command, SqliteParameter[] Parameters)> commands = [];
    private SqliteConnection? connection;
    private SqliteTransaction? transaction;

    protected override async Task BeginAsync()
    {
        await Db.Database.OpenConnectionAsync();
        connection = (SqliteConnection)Db.Database.GetDbConnection();
        await ExecuteAsync("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        transaction = connection.BeginTransaction();
    }

    protected override Task WriteRowsAsync<T>(BulkTable table, IReadOnlyCollection<T> rows)
    {
        if (!commands.TryGetValue(table.Name, out var prepared))
        {
            var command = connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
                                  $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
            var parameters = table.Columns
                .Select((c, i) => (SqliteParameter)c.Mapping.CreateParameter(command, $"$p{i}", null, c.Property.IsNullable, ParameterDirection.Input))
                .ToArray();
            command.Parameters.AddRange(parameters);
            command.Prepare();
            prepared = (command, parameters);
            commands[table.Name] = prepared;
        }

        var values = new object?[table.Columns.Count];
        foreach (var row in rows)
        {
            table.Read(row, Ids, values);
            for (var i = 0; i < values.Length; i++)
            {
                prepared.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            prepared.Command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    public override async Task CompleteAsync()
    {
        await transaction!.CommitAsync();
        await transaction.DisposeAsync();
        transaction = null;
        await ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; ANALYZE;");
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var (command, _) in commands.Values)
        {
            await command.DisposeAsync();
        }

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
