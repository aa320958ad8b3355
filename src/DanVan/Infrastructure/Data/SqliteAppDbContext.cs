using DanVan.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Data;

/// <summary>The embedded default: one file, WAL, synchronous=FULL (set on every connection by <see cref="SqlitePragmas"/>).</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, AuditActor actor, TimeProvider time)
    : AppDbContext(options, actor, time)
{
    /// <summary>FTS5 trigram index over the folded name (migration AddTextSearch); short queries fall back to LIKE.</summary>
    public override IQueryable<Guid> MatchPeople(string folded) => folded.Length >= 3
        ? Database.SqlQuery<Guid>(
            $"SELECT k.\"PersonId\" AS \"Value\" FROM \"PeopleSearch\" s JOIN \"PeopleSearchKeys\" k ON k.\"Rowid\" = s.rowid WHERE \"PeopleSearch\" MATCH {Phrase(folded)}")
        : People.Where(p => EF.Functions.Like(p.FullNameFolded, SearchPatterns.Contains(folded), SearchPatterns.Escape)).Select(p => p.Id);

    public override IQueryable<Guid> MatchUnits(string folded) =>
        Units.Where(u => EF.Functions.Like(u.NameFolded, SearchPatterns.Contains(folded), SearchPatterns.Escape)).Select(u => u.Id);

    public override Task LockUnitTreeAsync(Guid tenantId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>SQLite's BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) already holds the write lock.</summary>
    protected override Task LockAuditChainAsync(CancellationToken ct) => Task.CompletedTask;

    private static string Phrase(string folded) => "\"" + folded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
