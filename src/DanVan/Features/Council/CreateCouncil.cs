using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>Sets up a unit's council for a term (ManageCouncil on the unit); members are added next.</summary>
public static class CreateCouncil
{
    public static async Task<Result<CouncilDto>> HandleAsync(AppDbContext db, CurrentUser user, CouncilInput input, CancellationToken ct)
    {
        if (input.UnitId is not { } unitId)
        {
            return AppError.Required("UnitId", "đơn vị có Hội đồng");
        }

        if (!await Scope.CanAsync(db, user, Permission.ManageCouncil, unitId, ct))
        {
            return await db.Units.VisibleTo(db, user, Permission.ViewUnits).AnyAsync(u => u.Id == unitId, ct) ? AppError.Forbidden : CouncilErrors.UnitNotFound;
        }

        var name = VietnameseText.Clean(input.Name);
        if (string.IsNullOrWhiteSpace(name))
        {
            return AppError.Required("Name", "tên Hội đồng");
        }

        if (name.Length > Council.NameMax)
        {
            return AppError.TooLong("Name", "Tên Hội đồng", Council.NameMax);
        }

        if (input.TermFrom is not { } from || input.TermTo is not { } to)
        {
            return CouncilErrors.Term;
        }

        if (!Council.Create(user.TenantId, unitId, name, from, to, input.QuorumPercent).TryGet(out var council, out var error))
        {
            return error;
        }

        db.Councils.Add(council);
        await db.SaveChangesAsync(ct);
        return await GetCouncil.DtoAsync(db, user, council, ct);
    }
}
