using System.Diagnostics;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Data.Bulk;

namespace DanVan.Features.Generate;

/// <summary>Set-based writes of whole tables; one implementation per provider. Counts rows and time per table.</summary>
internal abstract class BulkWriter(AppDbContext db, StableIds ids, DateTime now) : IAsyncDisposable
{
    private static readonly HashSet<string> IdTextColumns = ["Path", "UnitPath", "IssuerKey"];

    private readonly Dictionary<Type, (BulkTable Table, Func<int, object?, object?> Remap)> tables = [];

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

        if (!tables.TryGetValue(typeof(T), out var entry))
        {
            var bulk = BulkTable.For(db, typeof(T));
            entry = (bulk, StableRemap(bulk));
            tables[typeof(T)] = entry;
        }

        var (table, remap) = entry;

        var watch = Stopwatch.StartNew();
        foreach (var row in rows)
        {
            if (row is IStamped { CreatedAt.Ticks: 0 } stamped)
            {
                stamped.CreatedAt = now; // what the audit interceptor would stamp on SaveChanges
                stamped.UpdatedAt = now;
            }
        }

        await WriteRowsAsync(table, rows, remap);
        var (count, elapsed) = Stats.GetValueOrDefault(table.Name);
        Stats[table.Name] = (count + rows.Count, elapsed + watch.Elapsed);
    }

    /// <summary>Commits the load and restores the provider's normal settings; refreshes planner statistics.</summary>
    public abstract Task CompleteAsync();

    public abstract ValueTask DisposeAsync();

    protected abstract Task BeginAsync();

    protected abstract Task WriteRowsAsync<T>(BulkTable table, IReadOnlyCollection<T> rows, Func<int, object?, object?> remap)
        where T : class;

    /// <summary>
    /// Every primary key replaced by a stable id, and every reference, materialised path and issuer key translated,
    /// so the same seed gives identical rows on both providers.
    /// </summary>
    private Func<int, object?, object?> StableRemap(BulkTable table)
    {
        var roles = table.Columns.Select(c =>
        {
            var type = Nullable.GetUnderlyingType(c.Property.ClrType) ?? c.Property.ClrType;
            return type == typeof(Guid) ? (c.IsKey && table.EntityType.FindPrimaryKey()!.Properties.Count == 1 ? IdRole.Key : IdRole.Reference)
                : type == typeof(string) && IdTextColumns.Contains(c.Property.Name) ? IdRole.IdText : IdRole.None;
        }).ToArray();
        return (i, value) => (roles[i], value) switch
        {
            (IdRole.Key, Guid id) => ids.Assign(id),
            (IdRole.Reference, Guid id) => ids.Map(id),
            (IdRole.IdText, string text) => ids.MapText(text),
            _ => value,
        };
    }

    private enum IdRole
    {
        None,
        Key,
        Reference,
        IdText,
    }
}
