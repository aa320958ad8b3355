using DanVan.Features.Accounts;
using DanVan.Features.Nominations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Consultations;

/// <summary>A dossier's consultations, oldest first, each with its state in words; for whoever sees the dossier.</summary>
public static class ListConsultations
{
    public static async Task<Result<ConsultationListDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid dossierId, CancellationToken ct)
    {
        if (!(await NominationAccess.FindAsync(db, user, dossierId, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        var today = VnTime.Today(db.Time);
        var rows = await db.Consultations.AsNoTracking().Where(c => c.DossierId == dossierId).OrderBy(c => c.SentOn).ThenBy(c => c.Id).ToListAsync(ct);
        var names = loaded.Dossier.Nominees.ToDictionary(n => n.Id, n => n.Name);
        var unitId = loaded.Dossier.UnitId;
        var unit = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync(ct);
        return new ConsultationListDto(dossierId, unit, loaded.Round.Name, await ConsultationAccess.MayActAsync(db, user, loaded.Dossier, ct),
            rows.Select(c => Dto(c, today, c.NomineeId is { } n && names.TryGetValue(n, out var name) ? name : null)).ToList());
    }

    public static ConsultationDto Dto(Consultation c, DateOnly today, string? nomineeName) => new(c.Id, c.Version, c.DossierId, c.NomineeId, nomineeName,
        c.ConsultedUnitId, c.Body, c.Question, c.LetterNumber, c.SentOn, c.WorkingDays, c.Citation, c.DueOn, c.DueProvisional, c.State, c.State.Label(),
        c.Opinion, c.Opinion?.Label(), c.Answer, c.AnswerNumber, c.AnsweredOn, c.Late, c.SilenceRecordedOn, c.StatusText(today),
        c.State == ConsultationState.Waiting && today > c.DueOn, c.CreatedByName, c.RecordedByName, c.AnsweredInApp);
}
