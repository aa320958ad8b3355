using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>The unit takes a nominee out of its dossier (with the nominee's own files) while it may edit it.</summary>
public static class RemoveNominee
{
    public static Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid nomineeId, int? expectedVersion, CancellationToken ct) =>
        NominationAccess.UnitChangeAsync(db, user, id, expectedVersion, l => Task.FromResult(l.Dossier.RemoveNominee(nomineeId, Actor.Of(user, db.Time))), ct);
}
