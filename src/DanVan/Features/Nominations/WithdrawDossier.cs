using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>The unit withdraws its dossier (not after Sở Nội vụ accepted it); its nominees may then be proposed again elsewhere.</summary>
public static class WithdrawDossier
{
    public static Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, NoteInput? input, int? expectedVersion,
        CancellationToken ct)
    {
        var note = VietnameseText.Clean(input?.Note);
        return note is { Length: > DossierReturnItem.ReasonMax }
            ? Task.FromResult<Result<DossierDto>>(AppError.TooLong("Note", "Lý do rút", DossierReturnItem.ReasonMax))
            : NominationAccess.UnitChangeAsync(db, user, id, expectedVersion, l => Task.FromResult(l.Dossier.Withdraw(note, Actor.Of(user, db.Time))), ct);
    }
}
