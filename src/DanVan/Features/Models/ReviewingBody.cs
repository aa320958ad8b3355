using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// Who recognises at which level. The reviewing body is set per province by role assignments: a reviewer role
/// (CommendationOfficer, MobilizationReviewer) assigned at the province's root is the province's appraisal team (Sở Nội
/// vụ with the Party board); assigned at a unit, it is that unit's own council. Both recognise grassroots-level models
/// of the units they review; provincial-level recognition is reserved to the province's body.
/// </summary>
public static class ReviewingBody
{
    public static async Task<AppError?> CheckLevelAsync(AppDbContext db, CurrentUser user, ModelLevel level, CancellationToken ct)
    {
        if (level != ModelLevel.Provincial)
        {
            return null;
        }

        var tenantId = user.TenantId;
        var roots = await db.Units.Where(u => u.TenantId == tenantId && u.ParentId == null).Select(u => u.Id).ToListAsync(ct);
        foreach (var root in roots)
        {
            if (!await Scope.CanAsync(db, user, Permission.ReviewModels, root, ct))
            {
                return ModelErrors.ProvincialLevelReserved;
            }
        }

        return roots.Count == 0 ? ModelErrors.ProvincialLevelReserved : null;
    }
}
