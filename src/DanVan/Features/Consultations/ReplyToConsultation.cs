using DanVan.Features.Accounts;
using DanVan.Features.Notifications;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Consultations;

/// <summary>
/// The consulted unit answers in DanVan itself (POST /consultations/{id}/reply, /Consultations/Addressed): whoever answers
/// for the unit (<see cref="ConsultationAccess.AnswersFor"/>) gives the opinion (an objection or another opinion says what)
/// and optionally its own letter number; the reply is dated today, marked as given in DanVan with who gave it, late when
/// after the due date (even after the level recorded silence), and the level that asked is told. Not addressed to the
/// caller's units: 404; answered already, or the dossier no longer examined: 409; a stale version: 409.
/// </summary>
public static class ReplyToConsultation
{
    public static async Task<Result<AddressedConsultationDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, ReplyInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var c = await ConsultationAccess.Addressed(db, user).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (c is null)
        {
            return ConsultationErrors.NotFound;
        }

        var open = await db.Dossiers.Where(ConsultationAccess.DossierOpen).AnyAsync(d => d.Id == c.DossierId, ct);
        if (c.State != ConsultationState.Answered && !ConsultationAccess.MayReply(c.State, open))
        {
            return ConsultationErrors.ReplyClosed;
        }

        var today = VnTime.Today(db.Time);
        if ((db.Expect(c, expectedVersion) ?? c.RecordAnswer(input.Opinion, VietnameseText.Clean(input.Answer), VietnameseText.Clean(input.AnswerNumber), today,
                today, Actor.Of(user, db.Time), inApp: true) ?? Notify.ConsultationAnswered(db, user, c)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return (await ListAddressed.DtosAsync(db, [c], ct))[0];
    }
}
