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
            return AppError.NotFound(what);
        }

        return action == view || await Scope.CanAsync(db, user, action, unitId, ct) ? null : AppError.Forbidden;
    }

    /// <summary>The same rule for a set of units, in two queries whatever the size of the set.</summary>
    public static async Task<AppError?> CheckAllAsync(AppDbContext db, CurrentUser user, IReadOnlyCollection<Guid> unitIds,
        Permission action, Permission view, string what, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        if (await db.Units.VisibleTo(db, user, view).CountAsync(u => ids.Contains(u.Id), ct) < ids.Count)
        {
            return AppError.NotFound(what);
        }

        return action == view || await db.Units.VisibleTo(db, user, action).CountAsync(u => ids.Contains(u.Id), ct) == ids.Count
            ? null
            : AppError.Forbidden;
    }
}
