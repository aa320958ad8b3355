using DanVan.Features.People;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Accounts;

/// <summary>
/// The one scoping rule, as SQL: a user may exercise a permission on a unit when one of their role assignments
/// grants it on that unit, or on an ancestor with "include descendants". Tenant is part of the same predicate.
/// </summary>
public static class Scope
{
    public static IQueryable<Unit> VisibleTo(this IQueryable<Unit> units, AppDbContext db, CurrentUser user, Permission permission)
    {
        var roles = RolePermissions.RolesGranting(permission);
        var userId = user.UserId;
        var tenantId = user.TenantId;
        return units.Where(u => u.TenantId == tenantId && db.RoleAssignments.Any(a =>
            a.UserId == userId && a.TenantId == tenantId && roles.Contains(a.Role)
            && (a.UnitId == u.Id || (a.IncludeDescendants && u.Path.StartsWith(a.UnitPath)))));
    }

    public static IQueryable<Person> VisibleTo(this IQueryable<Person> people, AppDbContext db, CurrentUser user, Permission permission)
    {
        var units = db.Units.VisibleTo(db, user, permission).Select(u => u.Id);
        var tenantId = user.TenantId;
        return people.Where(p => p.TenantId == tenantId && units.Contains(p.UnitId));
    }

    /// <summary>The user's assignments that grant the permission, wherever they are (for tenant-wide registers and menus).</summary>
    public static IQueryable<RoleAssignment> Granting(AppDbContext db, CurrentUser user, Permission permission)
    {
        var roles = RolePermissions.RolesGranting(permission);
        var (userId, tenantId) = (user.UserId, user.TenantId);
        return db.RoleAssignments.Where(a => a.UserId == userId && a.TenantId == tenantId && roles.Contains(a.Role));
    }

    /// <summary>True when the user holds the permission anywhere (menus, pages without a specific unit).</summary>
    public static Task<bool> HoldsAnywhereAsync(AppDbContext db, CurrentUser user, Permission permission, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(Granting(db, user, permission), ct);

    public static Task<bool> CanAsync(AppDbContext db, CurrentUser user, Permission permission, Guid unitId, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            db.Units.VisibleTo(db, user, permission), u => u.Id == unitId, ct);
}
