using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>One "who takes part" row — a unit, optionally its subtree, optionally one unit kind — with the unit's path (movement participants, contest eligibility).</summary>
public sealed class UnitRuleRow
{
    public Guid UnitId { get; init; }
    public bool IncludeDescendants { get; init; }
    public Guid? KindId { get; init; }
    public string Path { get; init; } = "";
}

/// <summary>
/// The "who takes part" rule, stated once for movements, report campaigns and contests: the active units of the tenant
/// that a row names, or that lie in a named subtree, and are of the row's kind when it has one — never the launching unit.
/// </summary>
public static class UnitRules
{
    public static IQueryable<Unit> Matching(AppDbContext db, Guid tenantId, Guid launcher, IQueryable<UnitRuleRow> rules, DateOnly today) =>
        db.Units.AsNoTracking().ActiveOn(today).Where(u => u.TenantId == tenantId && u.Id != launcher).MatchedBy(rules);

    /// <summary>The units matched by any of the rows, as one SQL predicate: the unit itself, or (with its subtree) any unit under it; of the row's kind when it names one.</summary>
    public static IQueryable<Unit> MatchedBy(this IQueryable<Unit> units, IQueryable<UnitRuleRow> rules) =>
        units.Where(u => rules.Any(r => (r.UnitId == u.Id || (r.IncludeDescendants && u.Path.StartsWith(r.Path))) && (r.KindId == null || r.KindId == u.KindId)));
}
