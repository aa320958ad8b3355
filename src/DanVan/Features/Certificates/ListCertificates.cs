using DanVan.Features.Accounts;
using DanVan.Features.Decisions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// A decision's certificates (GET /certificates/decisions/{id}, the page /Certificates/Decision/{id}): every one, the
/// superseded and revoked included, in the order of Decree 152 Art. 29 and newest generation first within an awardee.
/// The decision must be visible (else 404); a draft has none yet.
/// </summary>
public static class ListCertificates
{
    public static async Task<Result<DecisionCertificatesDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid decisionId, string baseUrl, CancellationToken ct)
    {
        if (!(await DecisionAccess.Rule.FindAsync(db, user, decisionId, ct)).TryGet(out var decision, out var error))
        {
            return error;
        }

        await IssueCertificates.EnsureAsync(db, decision, ct);
        var rows = await db.Certificates.AsNoTracking().Where(c => c.DecisionId == decisionId)
            .Select(c => new { c, Revocation = db.Revocations.Where(r => r.Id == c.RevocationId).Select(r => r.Number).FirstOrDefault() }).ToListAsync(ct);
        var order = decision.Listed.Select((a, i) => (a, i)).ToDictionary(x => x.a.Id, x => x.i);
        var awardees = decision.Awardees.ToDictionary(a => a.Id);
        var list = rows.Where(r => order.ContainsKey(r.c.AwardeeId)).OrderBy(r => order[r.c.AwardeeId]).ThenByDescending(r => r.c.Generation)
            .Select(r => ToDto(r.c, awardees[r.c.AwardeeId], r.Revocation, baseUrl)).ToList();
        var canManage = await DecisionAccess.Rule.CanAsync(db, user, decision, Permission.ManageAwardRecords, ct);
        return new DecisionCertificatesDto(decision.Id, decision.UnitId, decision.Number, decision.DecisionDate, decision.Title, decision.State != DecisionState.Draft, canManage, list);
    }

    public static CertificateDto ToDto(Certificate c, DecisionAwardee a, string? revocationNumber, string baseUrl) =>
        new(c.Id, c.Code, VerifyLink.For(baseUrl, c.Code), c.State, c.State.Label(), a.Id, a.Name, a.UnitName, a.AwardName, c.Generation, c.SupersededById,
            c.ReissueReason, revocationNumber);
}
