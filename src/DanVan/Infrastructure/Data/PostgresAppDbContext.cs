using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Data;

/// <summary>The production engine. Folded columns carry pg_trgm GIN indexes (migration AddTextSearch), so LIKE '%x%' is indexed.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, AuditActor actor, TimeProvider time, FileStore files)
    : AppDbContext(options, actor, time, files)
{
    public override IQueryable<Guid> MatchUnits(string folded) =>
        Units.Where(u => EF.Functions.Like(u.NameFolded, SearchPatterns.Contains(folded), SearchPatterns.Escape)).Select(u => u.Id);

    public override Task LockUnitTreeAsync(Guid tenantId, CancellationToken ct) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(7426002, hashtext({tenantId.ToString()}))", ct);

    public override Task LockContestTeamsAsync(Guid contestId, CancellationToken ct) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(7426003, hashtext({contestId.ToString()}))", ct);

    /// <summary>A transaction-scoped advisory lock: concurrent writers (any instance) chain audit entries one at a time.</summary>
    protected override Task LockAuditChainAsync(CancellationToken ct) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7426001)", ct);
}
