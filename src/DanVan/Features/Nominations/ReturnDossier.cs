using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>
/// The level holding a dossier returns it with a structured notice: one or more items, each naming a nominee (or none),
/// a requirement (a rule kind, a dossier document, or "khác") and a reason (required). Shown in place to the unit, which
/// alone may edit the dossier again.
/// </summary>
public static class ReturnDossier
{
    public static Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, ReturnInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var items = (input.Items ?? []).Select(i => new ReturnItemSpec(i.NomineeId, i.Requirement ?? ReturnRequirement.Other,
            i.Requirement is ReturnRequirement.Rule ? i.RuleKind : null, i.Requirement is ReturnRequirement.Document ? i.Document : null,
            VietnameseText.Clean(i.Reason) ?? "")).ToList();
        return NominationAccess.LevelChangeAsync(db, user, id, expectedVersion, (l, level) =>
            Task.FromResult(l.Dossier.Return(level, items, Actor.Of(user, db.Time)) ?? Notifications.Notify.DossierReturned(db, user, l.Dossier)), ct);
    }
}
