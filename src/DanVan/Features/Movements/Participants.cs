using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>One "who takes part" rule as SQL reads it: a unit (its path), with its subtree or not, of one kind or any.</summary>
public sealed class ParticipantRule
{
    public Guid UnitId { get; init; }
    public bool IncludeDescendants { get; init; }
    public Guid? KindId { get; init; }
    public string Path { get; init; } = "";
}

/// <summary>
/// The participants rule, stated once for movements and report campaigns: the active units of the tenant that a rule
/// names, or that lie in a named subtree, and are of the rule's kind when it has one — never the launching unit itself.
/// </summary>
public static class Participants
{
    public static IQueryable<Unit> Matching(AppDbContext db, Guid tenantId, Guid launcher, IQueryable<ParticipantRule> rules, DateOnly today) =>
        db.Units.AsNoTracking().ActiveOn(today)
            .Where(u => u.TenantId == tenantId && u.Id != launcher
                && rules.Any(r => (r.UnitId == u.Id || (r.IncludeDescendants && u.Path.StartsWith(r.Path)))
                    && (r.KindId == null || r.KindId == u.KindId)));
}
