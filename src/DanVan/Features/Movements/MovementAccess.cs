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
    /// <summary>Load-and-authorise a movement (ADR 0003): viewed through <see cref="Visible"/>, managed at its launching unit.</summary>
    public static readonly ObjectAccess<Movement> Rule = new("phong trào", Visible, db => db.Movements, id => m => m.Id == id, m => m.LaunchingUnitId);

    public static IQueryable<Movement> Visible(AppDbContext db, CurrentUser user)
    {
        var viewers = Scope.Granting(db, user, Permission.ViewMovements);
        var tenantId = user.TenantId;
        var managed = db.Units.VisibleTo(db, user, Permission.ManageMovements).Select(u => u.Id);
        return db.Movements.Where(m => m.TenantId == tenantId && viewers.Any()
            && (m.Status != MovementStatus.Draft || managed.Contains(m.LaunchingUnitId))); // Movement.IsPublic as SQL
    }

    public static Task<bool> CanManageAsync(AppDbContext db, CurrentUser user, Movement movement, CancellationToken ct) =>
        Rule.CanAsync(db, user, movement, Permission.ManageMovements, ct);

    /// <summary>The movement if the caller may view it; else the 404.</summary>
    public static Task<Result<Movement>> FindAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) => Rule.FindAsync(db, user, id, ct);

    /// <summary>The movement if the caller may manage it (ManageMovements at its launching unit); else the 404 or the 403.</summary>
    public static Task<Result<Movement>> LoadToManageAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        Rule.LoadAsync(db, user, id, Permission.ManageMovements, ct);
}
