using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>The unit removes a file from its dossier while it may edit it (the history keeps the line).</summary>
public static class RemoveDossierAttachment
{
    public static Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid attachmentId, int? expectedVersion,
        CancellationToken ct) =>
        NominationAccess.UnitChangeAsync(db, user, id, expectedVersion, l =>
            Task.FromResult(l.Dossier.RemoveAttachment(attachmentId, Actor.Of(user, db.Time))), ct);
}
