using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Features.Notifications;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Consultations;

/// <summary>
/// The level holding a dossier asks a body for its opinion on the dossier or one nominee: the body is one of the
/// province's units (its name taken) or named as typed; the answer is due N working days (default 10, Decree 152
/// Art. 34) after the day the letter was sent, counted on the tenant's calendar. A unit of the province is told, and
/// answers in DanVan (<see cref="ReplyToConsultation"/>).
/// </summary>
public static class RequestOpinion
{
    public static async Task<Result<ConsultationDto>> HandleAsync(AppDbContext db, WorkingDays workingDays, CurrentUser user, Guid dossierId, RequestInput input,
        CancellationToken ct)
    {
        if (!(await ConsultationAccess.ActAsync(db, user, dossierId, ct)).TryGet(out var acting, out var error))
        {
            return error;
        }

        var dossier = acting.Loaded.Dossier;
        if (input.NomineeId is { } nomineeId && dossier.Nominees.All(n => n.Id != nomineeId))
        {
            return ConsultationErrors.NomineeNotInDossier;
        }

        var body = VietnameseText.Clean(input.Body);
        if (input.ConsultedUnitId is { } unitId)
        {
            var tenantId = user.TenantId;
            var name = await db.Units.Where(u => u.Id == unitId && u.TenantId == tenantId).Select(u => u.Name).FirstOrDefaultAsync(ct);
            if (name is null)
            {
                return ConsultationErrors.UnitNotFound;
            }

            body ??= name;
        }

        var days = input.WorkingDays ?? Consultation.DefaultWorkingDays;
        if (days is < 1 or > Consultation.MaxWorkingDays)
        {
            return ConsultationErrors.Days;
        }

        var today = VnTime.Today(db.Time);
        var due = await workingDays.AddWorkingDaysAsync(user.TenantId, input.SentOn ?? today, days, ct);
        if (!Consultation.Create(user.TenantId, dossierId, input.NomineeId, acting.Level, input.ConsultedUnitId, body, VietnameseText.Clean(input.Question),
                VietnameseText.Clean(input.LetterNumber), VietnameseText.Clean(input.Citation), due, today, Actor.Of(user, db.Time))
            .TryGet(out var consultation, out var refused))
        {
            return refused;
        }

        db.Consultations.Add(consultation);
        var (level, proposer) = (acting.Level, dossier.UnitId);
        var names = await db.Units.Where(u => u.Id == level || u.Id == proposer).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        Notify.ConsultationRequested(db, user, consultation, names[level], names[proposer]);
        await db.SaveChangesAsync(ct); // the notice to the consulted unit is queued in the same save
        return ListConsultations.Dto(consultation, today, dossier.Nominees.FirstOrDefault(n => n.Id == consultation.NomineeId)?.Name);
    }
}
