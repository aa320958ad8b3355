using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>A unit opens its dossier in an open round (one per unit and round), as a draft only it sees.</summary>
public static class CreateDossier
{
    public static async Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid roundId, DossierInput input, CancellationToken ct)
    {
        if (!(await NominationAccess.FindRoundAsync(db, user, roundId, ct)).TryGet(out var round, out var missing))
        {
            return missing;
        }

        if (input.UnitId is not { } unitId)
        {
            return AppError.Required("UnitId", "đơn vị đề nghị");
        }

        if (await Access.CheckAsync(db, user, unitId, Permission.ProposeNominations, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (round.CheckOpen() is { } closed)
        {
            return closed;
        }

        if (await db.Dossiers.AnyAsync(d => d.RoundId == roundId && d.UnitId == unitId, ct))
        {
            return NominationErrors.DossierExists;
        }

        var dossier = new Dossier(user.TenantId, roundId, unitId, Actor.Of(user, db.Time));
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);
        return await GetDossier.DtoAsync(db, user, new NominationAccess.Loaded(dossier, round), ct);
    }
}
