using System.Linq.Expressions;
using DanVan.Features.People;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>One role assignment as the scope rule needs it.</summary>
    public sealed record Grant(Role Role, Guid UnitId, string UnitPath, bool IncludeDescendants);

    /// <summary>
    /// The caller's role assignments, read once per request (a handful of rows), for building scope predicates without a
    /// per-row EXISTS (bench/notes/people-scope.md). Same rule as <see cref="VisibleTo(IQueryable{Unit}, AppDbContext, CurrentUser, Permission)"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Grant>> GrantsAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var (userId, tenantId) = (user.UserId, user.TenantId);
        return await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == userId && a.TenantId == tenantId)
            .Select(a => new Grant(a.Role, a.UnitId, a.UnitPath, a.IncludeDescendants)).ToListAsync(ct);
    }

    /// <summary>The grants that give <paramref name="permission"/>.</summary>
    public static IReadOnlyList<Grant> Giving(this IEnumerable<Grant> grants, Permission permission)
    {
        var roles = RolePermissions.RolesGranting(permission);
        return grants.Where(g => roles.Contains(g.Role)).ToList();
    }

    /// <summary>True when every unit <paramref name="inner"/> reaches is also reached by <paramref name="outer"/>.</summary>
    public static bool Covers(this IReadOnlyList<Grant> outer, IReadOnlyList<Grant> inner) =>
        inner.All(g => outer.Any(o => (o.UnitId == g.UnitId && (o.IncludeDescendants || !g.IncludeDescendants))
            || (o.IncludeDescendants && g.UnitPath.StartsWith(o.UnitPath, StringComparison.Ordinal))));

    /// <summary>
    /// The scope rule as one predicate on a row's unit: <c>unit = @id1 OR path LIKE @p2 || '%' OR …</c> (tenant not
    /// included; no grants → false). Values are parameters, so the SQL depends only on the number and kind of grants.
    /// </summary>
    public static Expression<Func<T, bool>> Reaching<T>(IReadOnlyList<Grant> grants, Expression<Func<T, Guid>> unitId, Expression<Func<T, string>> path)
    {
        var row = unitId.Parameters[0];
        var pathBody = new Rebind(path.Parameters[0], row).Visit(path.Body);
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var grant in grants)
        {
            Expression test = Expression.Equal(unitId.Body, Parameter(grant.UnitId));
            if (grant.IncludeDescendants)
            {
                test = Expression.OrElse(test, Expression.Call(pathBody, startsWith, Parameter(grant.UnitPath)));
            }

            body = body is ConstantExpression ? test : Expression.OrElse(body, test);
        }

        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    /// <summary>
    /// People the user may see with <paramref name="permission"/>, from grants already read: a small scope (≤ 100
    /// units) becomes <c>"UnitId" IN (@ids)</c> on the people index, a large one the path predicate on the joined
    /// unit. One query for the unit ids when a grant reaches sub-units; none when every grant is its unit alone (then
    /// the ids are the grants'). Either way the count per request does not depend on the rows.
    /// </summary>
    public static async Task<IQueryable<Person>> VisibleToAsync(this IQueryable<Person> people, AppDbContext db, CurrentUser user,
        IReadOnlyList<Grant> grants, Permission permission, CancellationToken ct)
    {
        const int smallScope = 100;
        var giving = grants.Giving(permission);
        var tenantId = user.TenantId;
        people = people.Where(p => p.TenantId == tenantId);
        if (giving.All(g => !g.IncludeDescendants))
        {
            // Only the assigned units themselves: their ids are the grants' (no round trip for the unit list).
            var direct = giving.Select(g => g.UnitId).Distinct().ToList();
            return people.Where(p => direct.Contains(p.UnitId));
        }

        var ids = await db.Units.AsNoTracking().Where(u => u.TenantId == tenantId)
            .Where(Reaching<Unit>(giving, u => u.Id, u => u.Path)).Select(u => u.Id).Take(smallScope + 1).ToListAsync(ct);
        return ids.Count <= smallScope
            ? people.Where(p => ids.Contains(p.UnitId))
            : people.Where(Reaching<Person>(giving, p => p.UnitId, p => p.Unit!.Path));
    }

    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Boxed<TValue>(value)), nameof(Boxed<TValue>.Value));

    /// <summary>A closure-like holder: EF turns a member of a constant object into a SQL parameter.</summary>
    private sealed class Boxed<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
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
        EntityFrameworkQueryableExtensions.AnyAsync(Granting(db, user, permission), ct);

    public static Task<bool> CanAsync(AppDbContext db, CurrentUser user, Permission permission, Guid unitId, CancellationToken ct) =>
        EntityFrameworkQueryableExtensions.AnyAsync(
            db.Units.VisibleTo(db, user, permission), u => u.Id == unitId, ct);
}
