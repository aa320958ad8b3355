using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

public static class CreateUnit
{
    public static async Task<Result<UnitDto>> HandleAsync(AppDbContext db, CurrentUser user, UnitInput input, CancellationToken ct)
    {
        if (input.ParentId is not { } parentId)
        {
            return UnitErrors.RootExists;
        }

        if (await Access.CheckAsync(db, user, parentId, Permission.ManageUnits, Permission.ViewUnits, "đơn vị cấp trên", ct) is { } denied)
        {
            return denied;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.LockUnitTreeAsync(user.TenantId, ct);
        var parent = await db.Units.FirstAsync(u => u.Id == parentId, ct);
        if (!parent.IsActiveOn(VnTime.Today(db.Time)))
        {
            return UnitErrors.ParentClosed;
        }

        var kind = await db.UnitKinds.FirstOrDefaultAsync(k => k.Id == input.KindId && k.TenantId == user.TenantId, ct);
        if (kind is null)
        {
            return UnitErrors.KindNotFound;
        }

        if (parent.Depth + 1 >= Unit.MaxDepth)
        {
            return UnitErrors.TooDeep;
        }

        var code = input.Code!.ToUpperInvariant();
        if (await db.Units.AnyAsync(u => u.TenantId == user.TenantId && u.Code == code, ct))
        {
            return UnitErrors.DuplicateCode(code);
        }

        var unit = Unit.Create(user.TenantId, parent, kind, code, input.Name!, input.ShortName, input.ValidFrom);
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await db.Units.Where(u => u.Id == unit.Id).ToDto(VnTime.Today(db.Time)).FirstAsync(ct);
    }
}
