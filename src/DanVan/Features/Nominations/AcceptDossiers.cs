using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>
/// Bulk accept (Sở Nội vụ, or any level, on several dossiers of one round at once): all or nothing — each dossier is
/// checked exactly as one accept would be (visible, held by the caller's level, round open), and the first refusal,
/// naming the unit, saves nothing.
/// </summary>
public static class AcceptDossiers
{
    public sealed record Accepted(IReadOnlyList<Guid> DossierIds);

    public static async Task<Result<Accepted>> HandleAsync(AppDbContext db, CurrentUser user, Guid roundId, BulkAcceptInput input, CancellationToken ct)
    {
        if ((await NominationAccess.FindRoundAsync(db, user, roundId, ct)).Error is { } missing)
        {
            return missing;
        }

        var ids = (input.DossierIds ?? []).Distinct().ToList();
        if (ids.Count == 0 || ids.Count > Paging.MaxLimit)
        {
            return NominationErrors.BulkEmpty;
        }

        foreach (var id in ids)
        {
            if (!(await NominationAccess.FindAsync(db, user, id, ct)).TryGet(out var loaded, out var error))
            {
                return error;
            }

            if (loaded.Dossier.RoundId != roundId)
            {
                return NominationErrors.DossierNotFound;
            }

            var refused = loaded.Round.CheckOpen() ?? db.Expect(loaded.Dossier, null) ?? await NominationAccess.CheckLevelAsync(db, user, loaded.Dossier, ct)
                ?? await AcceptDossier.StepAsync(db, user, loaded, loaded.Dossier.HeldByUnitId!.Value, Infrastructure.Text.VietnameseText.Clean(input.Note), ct);
            if (refused is not null)
            {
                var unitId = loaded.Dossier.UnitId;
                var unit = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                    db.Units.Where(u => u.Id == unitId).Select(u => u.Name), ct);
                return refused with { Message = $"{unit}: {refused.Message}" };
            }
        }

        await db.SaveChangesAsync(ct);
        return new Accepted(ids);
    }
}
