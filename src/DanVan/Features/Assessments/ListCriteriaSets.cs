using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>The province's criteria sets, newest year first (a handful a year: one page).</summary>
public static class ListCriteriaSets
{
    public static async Task<Result<Page<CriteriaSetRow>>> HandleAsync(AppDbContext db, CurrentUser user, int? year, CancellationToken ct)
    {
        if (!await AssessmentAccess.CanViewProvinceWorkAsync(db, user, ct))
        {
            return new Page<CriteriaSetRow>([], null);
        }

        var tenantId = user.TenantId;
        var rows = await db.CriteriaSets.Where(s => s.TenantId == tenantId && (year == null || s.Year == year))
            .OrderByDescending(s => s.Year).ThenByDescending(s => s.Edition).Take(Paging.MaxLimit)
            .Select(s => new CriteriaSetRow(s.Id, s.Year, s.Edition, s.Name, s.Criteria.Count, s.FrozenAt != null)).ToListAsync(ct);
        return new Page<CriteriaSetRow>(rows, null);
    }
}
