using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>
/// The level holding a dossier accepts it: an intermediate level forwards it to the next one (before the superiors'
/// deadline); Sở Nội vụ's level (the root) accepts it for the council.
/// </summary>
public static class AcceptDossier
{
    public static Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, NoteInput? input, int? expectedVersion,
        CancellationToken ct) =>
        NominationAccess.LevelChangeAsync(db, user, id, expectedVersion, (l, level) => StepAsync(db, user, l, level, VietnameseText.Clean(input?.Note), ct), ct);

    public static async Task<AppError?> StepAsync(AppDbContext db, CurrentUser user, NominationAccess.Loaded l, Guid level, string? note, CancellationToken ct)
    {
        if (note is { Length: > DossierReturnItem.ReasonMax })
        {
            return AppError.TooLong("Note", "Ghi chú", DossierReturnItem.ReasonMax);
        }

        var next = await Routing.NextLevelAsync(db, l.Dossier.TenantId, level, ct);
        return l.Dossier.Accept(level, next, note, VnTime.Today(db.Time), l.Round.SuperiorDue, Actor.Of(user, db.Time));
    }
}
