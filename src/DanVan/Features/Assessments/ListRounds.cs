using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>The province's rounds, newest year first, with how far each has come (one a year: one page).</summary>
public static class ListRounds
{
    public static async Task<Page<RoundRow>> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!await AssessmentAccess.CanViewProvinceWorkAsync(db, user, ct))
        {
            return new Page<RoundRow>([], null);
        }

        var tenantId = user.TenantId;
        var rows = await db.AssessmentRounds.Where(r => r.TenantId == tenantId).OrderByDescending(r => r.Year).ThenByDescending(r => r.CreatedAt)
            .Take(Paging.MaxLimit)
            .Select(r => new RoundRow(r.Id, r.Year, r.Name, r.Status, r.SelfAssessmentDue, r.AppraisalDue,
                db.UnitAssessments.Count(a => a.RoundId == r.Id),
                db.UnitAssessments.Count(a => a.RoundId == r.Id && a.Status != AssessmentStatus.Draft && a.Status != AssessmentStatus.Returned),
                db.UnitAssessments.Count(a => a.RoundId == r.Id && a.Status == AssessmentStatus.Appraised),
                r.DecisionCitation))
            .ToListAsync(ct);
        return new Page<RoundRow>(rows, null);
    }
}
