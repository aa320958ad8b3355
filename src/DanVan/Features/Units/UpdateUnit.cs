using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>Edits code, name (a rename keeps every link: the audit log keeps the old name), short name and kind.</summary>
public static class UpdateUnit
{
    public static async Task<Result<UnitDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, UnitInput input, CancellationToken ct)
    {
        if (await Access.CheckAsync(db, user, id, Permission.ManageUnits, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        var unit = await db.Units.FirstAsync(u => u.Id == id, ct);
        var kind = await db.UnitKinds.FirstOrDefaultAsync(k => k.Id == input.KindId && k.TenantId == user.TenantId, ct);
        if (kind is null)
        {
            return UnitErrors.KindNotFound;
        }

        var code = input.Code!.ToUpperInvariant();
        if (await db.Units.AnyAsync(u => u.TenantId == user.TenantId && u.Code == code && u.Id != id, ct))
        {
            return UnitErrors.DuplicateCode(code);
        }

        unit.SetDetails(code, input.Name!, input.ShortName, kind);
        if (unit.SetValidFrom(input.ValidFrom) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(ct);
        return await db.Units.Where(u => u.Id == id).ToDto(VnTime.Today(db.Time)).FirstAsync(ct);
    }
}
