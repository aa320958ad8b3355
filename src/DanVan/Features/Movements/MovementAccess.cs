using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// A launched movement is the province's public call: anyone holding ViewMovements in the tenant sees it. Drafts
/// are seen only by those who may manage movements at the launching unit. Changing one needs ManageMovements there.
/// </summary>
public static class MovementAccess
{
    /// <summary>The 404 for a movement the caller cannot see; audited as a denial when it exists (ADR 0003, AccessAudit).</summary>
    public static Task<AppError> NotVisibleAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        Access.NotVisibleAsync(db, db.Movements.Where(m => m.Id == id), "phong trào", ct);

    public static IQueryable<Movement> Visible(AppDbContext db, CurrentUser user)
    {
        var viewers = Scope.Granting(db, user, Permission.ViewMovements);
        var tenantId = user.TenantId;
        var managed = db.Units.VisibleTo(db, user, Permission.ManageMovements).Select(u => u.Id);
        return db.Movements.Where(m => m.TenantId == tenantId && viewers.Any()
            && (m.Status != MovementStatus.Draft || managed.Contains(m.LaunchingUnitId))); // Movement.IsPublic as SQL
    }

    public static Task<bool> CanManageAsync(AppDbContext db, CurrentUser user, Movement movement, CancellationToken ct) =>
        Scope.CanAsync(db, user, Permission.ManageMovements, movement.LaunchingUnitId, ct);

    public static Task<Movement?> FindAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        Visible(db, user).FirstOrDefaultAsync(m => m.Id == id, ct);
}
