using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Consultations;

/// <summary>The level enters the reply as it arrived (opinion, content, letter number, date); a reply after a recorded silence is kept and shown as late.</summary>
public static class RecordAnswer
{
    public static async Task<Result<ConsultationDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, AnswerInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await ConsultationAccess.FindForChangeAsync(db, user, id, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (c, acting) = found;
        var today = VnTime.Today(db.Time);
        if ((db.Expect(c, expectedVersion) ?? c.RecordAnswer(input.Opinion, VietnameseText.Clean(input.Answer), VietnameseText.Clean(input.AnswerNumber),
                input.AnsweredOn, today, Actor.Of(user, db.Time))) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return ListConsultations.Dto(c, today, acting.Loaded.Dossier.Nominees.FirstOrDefault(n => n.Id == c.NomineeId)?.Name);
    }
}
