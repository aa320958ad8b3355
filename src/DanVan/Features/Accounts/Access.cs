using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts;

/// <summary>
/// The one rule for forbidden vs unknown (ADR 0003): an object outside what the user may view answers exactly like
/// a missing one (404); an object the user may view but not change answers 403.
/// </summary>
public static class Access
{
    public static async Task<AppError?> CheckAsync(AppDbContext db, CurrentUser user, Guid unitId, Permission action,
        Permission view, string what, CancellationToken ct)
    {
        if (!await Scope.CanAsync(db, user, view, unitId, ct))
        {
            return await OutOfScopeAsync(db, [unitId], 0, what, ct);
        }

        return action == view || await Scope.CanAsync(db, user, action, unitId, ct) ? null : AppError.Forbidden;
    }

    /// <summary>The same rule for a set of units, in two queries whatever the size of the set.</summary>
    public static async Task<AppError?> CheckAllAsync(AppDbContext db, CurrentUser user, IReadOnlyCollection<Guid> unitIds,
        Permission action, Permission view, string what, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        var visible = await db.Units.VisibleTo(db, user, view).CountAsync(u => ids.Contains(u.Id), ct);
        if (visible < ids.Count)
        {
            return await OutOfScopeAsync(db, ids, visible, what, ct);
        }

        return action == view || await db.Units.VisibleTo(db, user, action).CountAsync(u => ids.Contains(u.Id), ct) == ids.Count
            ? null
            : AppError.Forbidden;
    }

    /// <summary>
    /// The 404 for an object the caller may not view (read through a scoped query that found nothing); when
    /// <paramref name="theObject"/> (the same object, unscoped) exists, the refusal is a denial, noted for the audit
    /// entry (<see cref="AccessAudit"/>). One query, on the refusal path only.
    /// </summary>
    public static async Task<AppError> NotVisibleAsync<T>(AppDbContext db, IQueryable<T> theObject, string what, CancellationToken ct)
    {
        if (await theObject.AnyAsync(ct))
        {
            db.Actor.OutOfScope = what;
        }

        return AppError.NotFound(what);
    }

    /// <summary>
    /// The 404 for units outside the view scope; when more of them exist (anywhere) than are visible, the refusal is a
    /// denial, noted for the audit entry (<see cref="AccessAudit"/>). One query, on the refusal path only.
    /// </summary>
    private static async Task<AppError> OutOfScopeAsync(AppDbContext db, IReadOnlyCollection<Guid> unitIds, int visible, string what,
        CancellationToken ct)
    {
        if (await db.Units.CountAsync(u => unitIds.Contains(u.Id), ct) > visible)
        {
            db.Actor.OutOfScope = what;
        }

        return AppError.NotFound(what);
    }
}
