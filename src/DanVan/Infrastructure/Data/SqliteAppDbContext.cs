using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Data;

/// <summary>The embedded default: one file, WAL, synchronous=FULL (set on every connection by <see cref="SqlitePragmas"/>).</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, AuditActor actor, TimeProvider time, FileStore files)
    : AppDbContext(options, actor, time, files)
{
    public override IQueryable<Guid> MatchUnits(string folded) =>
        Units.Where(u => EF.Functions.Like(u.NameFolded, SearchPatterns.Contains(folded), SearchPatterns.Escape)).Select(u => u.Id);

    public override Task LockUnitTreeAsync(Guid tenantId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>SQLite's BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) already holds the write lock.</summary>
    protected override Task LockAuditChainAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>32 MB of page cache while bulk writing (SQLite's default is 2 MB), back to the default afterwards.</summary>
    protected override Task TuneForBulkAsync(bool bulk, CancellationToken ct) =>
        Database.ExecuteSqlRawAsync(bulk ? "PRAGMA cache_size = -32768" : "PRAGMA cache_size = -2000", ct);
}
