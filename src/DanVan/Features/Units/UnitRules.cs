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

    /// <summary>What a set of "who takes part" rows may refer to: units and kinds of the caller's tenant, and — when a launcher's path is given — units under it.</summary>
    public enum Reference
    {
        Valid,
        UnitNotFound,
        OutsideLauncher,
        KindNotFound,
    }

    /// <summary>
    /// Checks the rows' references before they are stored, stated once for movements, report campaigns and contests: every
    /// named unit exists in the tenant (and lies under <paramref name="launcherPath"/> when given), every named kind is one of
    /// the tenant's. Each feature turns the answer into its own Vietnamese message.
    /// </summary>
    public static async Task<Reference> CheckAsync(AppDbContext db, Guid tenantId, IReadOnlyCollection<(Guid UnitId, Guid? KindId)> rows, string? launcherPath,
        CancellationToken ct)
    {
        var ids = rows.Select(r => r.UnitId).Distinct().ToList();
        var paths = await db.Units.Where(u => u.TenantId == tenantId && ids.Contains(u.Id)).Select(u => u.Path).ToListAsync(ct);
        if (paths.Count < ids.Count)
        {
            return Reference.UnitNotFound;
        }

        if (launcherPath is not null && paths.Any(p => !p.StartsWith(launcherPath, StringComparison.Ordinal)))
        {
            return Reference.OutsideLauncher;
        }

        var kinds = rows.Where(r => r.KindId is not null).Select(r => r.KindId!.Value).Distinct().ToList();
        return kinds.Count > 0 && await db.UnitKinds.CountAsync(k => k.TenantId == tenantId && kinds.Contains(k.Id), ct) < kinds.Count
            ? Reference.KindNotFound
            : Reference.Valid;
    }
}
