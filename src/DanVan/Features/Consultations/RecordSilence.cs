using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Consultations;

/// <summary>The due date has passed without a reply: the level records the silence (not an agreement) and may go on.</summary>
public static class RecordSilence
{
    public static async Task<Result<ConsultationDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion, CancellationToken ct)
    {
        if (!(await ConsultationAccess.FindForChangeAsync(db, user, id, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (c, acting) = found;
        var today = VnTime.Today(db.Time);
        if ((db.Expect(c, expectedVersion) ?? c.RecordSilence(today, Actor.Of(user, db.Time))) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return ListConsultations.Dto(c, today, acting.Loaded.Dossier.Nominees.FirstOrDefault(n => n.Id == c.NomineeId)?.Name);
    }
}
