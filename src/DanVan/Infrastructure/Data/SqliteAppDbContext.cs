using System.Collections.Concurrent;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Data;

/// <summary>The embedded default: one file, WAL, synchronous=FULL (set on every connection by <see cref="SqlitePragmas"/>).</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, AuditActor actor, TimeProvider time, FileStore files)
    : AppDbContext(options, actor, time, files)
{
    /// <summary>One turn-taking queue per database (connection string) in this process: SQLite has one writer at a time.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Writers = new(StringComparer.Ordinal);

    public override IQueryable<Guid> MatchUnits(string folded) =>
        Units.Where(u => EF.Functions.Like(u.NameFolded, SearchPatterns.Contains(folded), SearchPatterns.Escape)).Select(u => u.Id);

    public override Task LockUnitTreeAsync(Guid tenantId, CancellationToken ct) => Task.CompletedTask;

    public override Task LockContestTeamsAsync(Guid contestId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>SQLite's BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) already holds the write lock.</summary>
    protected override Task LockAuditChainAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Concurrent writers of this process wait their turn here, asynchronously and first come first served, so only one
    /// at a time asks SQLite for the write lock. Without it, 16 writers all wait inside SQLite's busy handler, which
    /// sleeps a pool thread for 1…100 ms between tries (the p95 of 410–460 ms measured at M). Other processes (the CLI
    /// verbs, a second instance) still meet the busy timeout, as before.
    /// </summary>
    /// <remarks>
    /// The wait is bounded (twice the connection's busy timeout, <c>Database:BusyTimeoutSeconds</c>): when another
    /// program holds the file, queued writers are refused one by one with the Vietnamese 503 instead of waiting for
    /// every writer ahead of them to time out in turn.
    /// </remarks>
    protected override async ValueTask<IAsyncDisposable?> EnterWriterAsync(CancellationToken ct)
    {
        var gate = Writers.GetOrAdd(Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        var busyTimeout = Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection { DefaultTimeout: > 0 } connection
            ? TimeSpan.FromSeconds(connection.DefaultTimeout)
            : TimeSpan.FromSeconds(30);
        if (!await gate.WaitAsync(2 * busyTimeout, ct))
        {
            throw new TimeoutException($"No turn to write within {2 * busyTimeout.TotalSeconds:0} s: the database file is held by another writer.");
        }

        return new Turn(gate);
    }

    /// <summary>32 MB of page cache while bulk writing (SQLite's default is 2 MB), back to the default afterwards.</summary>
    protected override Task TuneForBulkAsync(bool bulk, CancellationToken ct) =>
        Database.ExecuteSqlRawAsync(bulk ? "PRAGMA cache_size = -32768" : "PRAGMA cache_size = -2000", ct);

    private sealed class Turn(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
