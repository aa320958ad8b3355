using DanVan.Features.Decisions;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// Creates the certificates of an issued decision: one per awardee entered in the award register. Called by
/// <see cref="IssueDecision"/> inside its transaction (so an issued decision has its certificates from the start), and
/// lazily by the decision's certificate list and prints for decisions issued before certificates existed. A race of two
/// lazy creations loses on the (awardee, generation) unique index and reads the winner's.
/// </summary>
public static class IssueCertificates
{
    /// <summary>Adds (does not save) a certificate for each registered awardee of <paramref name="decision"/>.</summary>
    public static void ForIssued(AppDbContext db, Decision decision)
    {
        foreach (var a in decision.Listed.Where(a => a.AwardRecordId is not null))
        {
            db.Certificates.Add(Certificate.Create(decision.TenantId, decision.Id, a.Id, a.AwardRecordId!.Value));
        }
    }

    /// <summary>The missing certificates of an issued decision, created and saved.</summary>
    public static async Task EnsureAsync(AppDbContext db, Decision decision, CancellationToken ct)
    {
        if (decision.State == DecisionState.Draft)
        {
            return;
        }

        var have = await db.Certificates.Where(c => c.DecisionId == decision.Id).Select(c => c.AwardeeId).ToListAsync(ct);
        var missing = decision.Listed.Where(a => a.AwardRecordId is not null && !have.Contains(a.Id))
            .Select(a => Certificate.Create(decision.TenantId, decision.Id, a.Id, a.AwardRecordId!.Value)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.Certificates.AddRange(missing);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            foreach (var c in missing)
            {
                db.Entry(c).State = EntityState.Detached; // another request created them first
            }
        }
    }
}
