using System.Diagnostics;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Generate;

/// <summary>Set-based writes of whole tables; one implementation per provider. Counts rows and time per table.</summary>
internal abstract class BulkWriter(AppDbContext db, StableIds ids, DateTime now) : IAsyncDisposable
{
    private readonly Dictionary<Type, BulkTable> tables = [];

    public StableIds Ids => ids;

    /// <summary>Table name → (rows, time spent writing).</summary>
    public Dictionary<string, (long Rows, TimeSpan Elapsed)> Stats { get; } = [];

    protected AppDbContext Db => db;

    public static async Task<BulkWriter> OpenAsync(AppDbContext db, StableIds ids, DateTime now)
    {
        BulkWriter writer = db is PostgresAppDbContext ? new PostgresBulkWriter(db, ids, now) : new SqliteBulkWriter(db, ids, now);
        await writer.BeginAsync();
        return writer;
    }

    public async Task WriteAsync<T>(IReadOnlyCollection<T> rows)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (!tables.TryGetValue(typeof(T), out var table))
        {
            table = BulkTable.For(db, typeof(T));
            tables[typeof(T)] = table;
        }

        var watch = Stopwatch.StartNew();
        foreach (var row in rows)
        {
            if (row is IStamped { CreatedAt.Ticks: 0 } stamped)
            {
                stamped.CreatedAt = now; // what the audit interceptor would stamp on SaveChanges
                stamped.UpdatedAt = now;
            }
        }

        await WriteRowsAsync(table, rows);
        var (count, elapsed) = Stats.GetValueOrDefault(table.Name);
        Stats[table.Name] = (count + rows.Count, elapsed + watch.Elapsed);
    }

    /// <summary>Commits the load and restores the provider's normal settings; refreshes planner statistics.</summary>
    public abstract Task CompleteAsync();

    public abstract ValueTask DisposeAsync();

    protected abstract Task BeginAsync();

    protected abstract Task WriteRowsAsync<T>(BulkTable table, IReadOnlyCollection<T> rows)
        where T : class;
}
