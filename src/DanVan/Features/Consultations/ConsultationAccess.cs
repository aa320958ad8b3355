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
}
