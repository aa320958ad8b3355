using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts;

/// <summary>Disables or re-enables an account. Disabling rotates the security stamp and revokes tokens: sessions end within a minute.</summary>
public static class SetUserDisabled
{
    public static async Task<Result<Guid>> HandleAsync(AppDbContext db, UserManager<AppUser> users, CurrentUser me, Guid userId, bool disabled, CancellationToken ct)
    {
        if (!await Scope.HoldsAnywhereAsync(db, me, Permission.ManageUsers, ct))
        {
            return AppError.Forbidden;
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.TenantId == me.TenantId, ct);
        if (user is null)
        {
            return AppError.NotFound("người dùng");
        }

        if (userId == me.UserId)
        {
            return AccountErrors.CannotDisableSelf;
        }

        // Every grant the account holds must lie within the caller's reach (GrantReach); only a SystemAdmin touches one.
        var held = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new Scope.Grant(a.Role, a.UnitId, a.UnitPath, a.IncludeDescendants)).ToListAsync(ct);
        if (held.Any(a => a.Role == Role.SystemAdmin) && !await IsSystemAdminAsync(db, me, ct))
        {
            return AccountErrors.SystemAdminOnly;
        }

        if (!await GrantReach.CoversAsync(db, me, held, ct))
        {
            return AccountErrors.BeyondReach;
        }

        user.IsDisabled = disabled;
        if (disabled)
        {
            var now = db.Time.GetUtcNow().UtcDateTime;
            foreach (var token in await db.AccessTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(ct))
            {
                token.Revoke(now);
            }
        }

        await users.UpdateSecurityStampAsync(user);
        return user.Id;
    }

    public static Task<bool> IsSystemAdminAsync(AppDbContext db, CurrentUser me, CancellationToken ct) =>
        db.RoleAssignments.AnyAsync(a => a.UserId == me.UserId && a.Role == Role.SystemAdmin, ct);
}
