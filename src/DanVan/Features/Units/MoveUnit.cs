using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>Moves a unit (and its subtree) under another parent; refuses a move into its own subtree.</summary>
public static class MoveUnit
{
    public sealed record Input(Guid? NewParentId);

    public static async Task<Result<UnitDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Input input, CancellationToken ct)
    {
        if (await Access.CheckAsync(db, user, id, Permission.ManageUnits, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (input.NewParentId is not { } parentId)
        {
            return UnitErrors.ParentNotFound;
        }

        if (await Access.CheckAsync(db, user, parentId, Permission.ManageUnits, Permission.ViewUnits, "đơn vị cấp trên", ct) is { } deniedParent)
        {
            return deniedParent;
        }

        // Read and check inside the transaction, under the tree lock: two crossing moves cannot both pass the check.
        await using var tx = await db.BeginWriteTransactionAsync(ct);
        await db.LockUnitTreeAsync(user.TenantId, ct);
        var unit = await db.Units.FirstAsync(u => u.Id == id, ct);
        var parent = await db.Units.FirstAsync(u => u.Id == parentId, ct);
        if (!parent.IsActiveOn(VnTime.Today(db.Time)))
        {
            return UnitErrors.ParentClosed;
        }

        var oldPath = unit.Path;
        var oldDepth = unit.Depth;
        var tenantId = user.TenantId;
        var height = await SubtreePaths.HeightAsync(db, tenantId, oldPath, oldDepth, ct);
        if (parent.Depth + 1 + height >= Unit.MaxDepth && !unit.IsAncestorOrSelfOf(parent))
        {
            return UnitErrors.TooDeep;
        }

        if (unit.MoveUnder(parent) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        await SubtreePaths.RewriteAsync(db, tenantId, id, oldPath, unit.Path, unit.Depth - oldDepth, ct);
        await tx.CommitAsync(ct);
        return await db.Units.AsNoTracking().Where(u => u.Id == id).ToDto(VnTime.Today(db.Time)).FirstAsync(ct);
    }
}
