using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>Sở Nội vụ closes a round: from then on no dossier in it changes.</summary>
public static class CloseRound
{
    public static async Task<Result<RoundDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion, CancellationToken ct)
    {
        if (!(await NominationAccess.FindRoundAsync(db, user, id, ct)).TryGet(out var round, out var missing))
        {
            return missing;
        }

        if (!await NominationAccess.MayManageRoundsAsync(db, user, ct))
        {
            return AppError.Forbidden;
        }

        if ((db.Expect(round, expectedVersion) ?? round.Close()) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return (await GetRound.HandleAsync(db, user, id, ct)).Value!;
    }
}
