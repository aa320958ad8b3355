using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// Where a dossier goes (issue 14 §3, DOMAIN W3): up the unit tree to the nearest ancestor that is a level — a unit where
/// someone holding ReviewNominations is assigned (a department, a commune with its own reviewer) — and finally the
/// province's root, Sở Nội vụ's level, which always is one. In the demo a commune's dossier goes straight to the root; a
/// department's division goes to its department first, which forwards it.
/// </summary>
public static class Routing
{
    /// <summary>The next level above <paramref name="unitId"/>, or null when it is the root (nothing above Sở Nội vụ).</summary>
    public static async Task<Guid?> NextLevelAsync(AppDbContext db, Guid tenantId, Guid unitId, CancellationToken ct)
    {
        var path = await db.Units.Where(u => u.Id == unitId && u.TenantId == tenantId).Select(u => u.Path).FirstAsync(ct);
        var ancestors = Ancestors(path).Where(a => a != unitId).ToList();
        if (ancestors.Count == 0)
        {
            return null;
        }

        var roles = RolePermissions.RolesGranting(Permission.ReviewNominations);
        var levels = await db.Units.Where(u => u.TenantId == tenantId && ancestors.Contains(u.Id)
                && (u.ParentId == null || db.RoleAssignments.Any(a => a.TenantId == tenantId && a.UnitId == u.Id && roles.Contains(a.Role))))
            .Select(u => u.Id).ToListAsync(ct);
        return ancestors.AsEnumerable().Reverse().First(levels.Contains);
    }

    /// <summary>The first level of a unit's dossier: the next level above it, or the root itself when the root proposes.</summary>
    public static async Task<Guid> FirstLevelAsync(AppDbContext db, Guid tenantId, Guid unitId, CancellationToken ct) =>
        await NextLevelAsync(db, tenantId, unitId, ct) ?? unitId;

    /// <summary>Which of <paramref name="unitIds"/> the caller reviews as a level (a ReviewNominations assignment at exactly that unit).</summary>
    public static async Task<IReadOnlySet<Guid>> LevelsOfAsync(AppDbContext db, CurrentUser user, IReadOnlyCollection<Guid> unitIds, CancellationToken ct) =>
        (await Scope.Granting(db, user, Permission.ReviewNominations).Where(a => unitIds.Contains(a.UnitId)).Select(a => a.UnitId).ToListAsync(ct)).ToHashSet();

    /// <summary>The units the caller reviews as a level, anywhere.</summary>
    public static IQueryable<Guid> LevelsOf(AppDbContext db, CurrentUser user) => Scope.Granting(db, user, Permission.ReviewNominations).Select(a => a.UnitId);

    /// <summary>The ids on a unit's path, root first (the path is the ids, each as 32 hex digits and a slash).</summary>
    public static IReadOnlyList<Guid> Ancestors(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.ParseExact(s, "N")).ToList();

    public static bool IsUnder(string path, Guid unitId) => path.Contains(Unit.PathSegment(unitId), StringComparison.Ordinal);
}
