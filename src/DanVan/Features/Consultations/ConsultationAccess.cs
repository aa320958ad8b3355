using DanVan.Features.Accounts;
using DanVan.Features.Nominations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Consultations;

/// <summary>
/// Who sees and acts on consultations: whoever sees the dossier sees its consultations (<see cref="NominationAccess"/>);
/// only the level holding the dossier — a reviewer assigned at that unit, while the dossier is being examined or once
/// accepted — asks, enters replies and records silence. Others: the dossier's 404, or 403/409 as for its other steps.
/// </summary>
public static class ConsultationAccess
{
    public sealed record Acting(NominationAccess.Loaded Loaded, Guid Level);

    /// <summary>The dossier, loaded, if the caller may act on its consultations.</summary>
    public static async Task<Result<Acting>> ActAsync(AppDbContext db, CurrentUser user, Guid dossierId, CancellationToken ct)
    {
        if (!(await NominationAccess.FindAsync(db, user, dossierId, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        if (await NominationAccess.CheckLevelAsync(db, user, loaded.Dossier, ct) is { } refused)
        {
            return refused == NominationErrors.NotSubmitted ? ConsultationErrors.DossierNotOpen : refused;
        }

        return loaded.Dossier.Status is DossierStatus.Submitted or DossierStatus.Accepted
            ? new Acting(loaded, loaded.Dossier.HeldByUnitId!.Value)
            : ConsultationErrors.DossierNotOpen;
    }

    /// <summary>Whether the caller may act, without the error: for the page's forms.</summary>
    public static async Task<bool> MayActAsync(AppDbContext db, CurrentUser user, Dossier dossier, CancellationToken ct) =>
        dossier.Status is DossierStatus.Submitted or DossierStatus.Accepted && await NominationAccess.CheckLevelAsync(db, user, dossier, ct) is null;

    /// <summary>A consultation and its dossier for a change: the dossier's 404 when the caller does not see it.</summary>
    public static async Task<Result<(Consultation Consultation, Acting Acting)>> FindForChangeAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Id == id && c.TenantId == tenantId, ct);
        if (consultation is null || !await NominationAccess.Visible(db, user).AnyAsync(d => d.Id == consultation.DossierId, ct))
        {
            return ConsultationErrors.NotFound;
        }

        if (!(await ActAsync(db, user, consultation.DossierId, ct)).TryGet(out var acting, out var error))
        {
            return error;
        }

        return (consultation, acting);
    }

    /// <summary>
    /// The units the caller answers consultations for: those where an assignment at that very unit grants ProposeNominations
    /// (the unit's emulation officer and its head, who speak for it on commendation). A province-wide role elsewhere does not
    /// answer for a department or commune: the unit asked gives its own opinion.
    /// </summary>
    public static IQueryable<Guid> AnswersFor(AppDbContext db, CurrentUser user) => Scope.Granting(db, user, Permission.ProposeNominations)
        .Where(a => a.Role != Role.SystemAdmin && a.Role != Role.TenantAdmin).Select(a => a.UnitId); // as Audience: the unit's own people, not administrators

    /// <summary>A dossier on which a request may still be answered: being examined, or accepted at Sở Nội vụ.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Dossier, bool>> DossierOpen =
        d => d.Status == DossierStatus.Submitted || d.Status == DossierStatus.Accepted;

    /// <summary>The requests still to answer (<see cref="MayReply"/> in SQL): the list's first section and the work list.</summary>
    public static IQueryable<Consultation> ToAnswer(this IQueryable<Consultation> requests, AppDbContext db)
    {
        var open = db.Dossiers.Where(DossierOpen).Select(d => d.Id);
        return requests.Where(c => c.State != ConsultationState.Answered && open.Contains(c.DossierId));
    }

    /// <summary>The requests addressed to a unit the caller answers for (one SQL predicate: the list, the page, the work list and the reply follow it).</summary>
    public static IQueryable<Consultation> Addressed(AppDbContext db, CurrentUser user)
    {
        var tenantId = user.TenantId;
        var units = AnswersFor(db, user);
        return db.Consultations.Where(c => c.TenantId == tenantId && c.ConsultedUnitId != null && units.Contains(c.ConsultedUnitId.Value));
    }

    /// <summary>The consulted unit may reply while the request is not answered and its dossier is open (<see cref="DossierOpen"/>).</summary>
    public static bool MayReply(ConsultationState state, bool dossierOpen) => state != ConsultationState.Answered && dossierOpen;
}
