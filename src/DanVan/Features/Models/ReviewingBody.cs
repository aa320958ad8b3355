using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// Who reviews at which level. The reviewing body is set per province by role assignments: a reviewer role
/// (CommendationOfficer, MobilizationReviewer) assigned at the province's root is the province's appraisal team (Sở Nội
/// vụ with the Party board); assigned at a unit, it is that unit's own council.
/// <para>
/// The level rule, stated once and applied to every act of the reviewing body on a model (recognise, reject,
/// re-confirm, drop, publish, unpublish, approve new public content — judged at <see cref="DvkModel.LevelTouched"/>):
/// a unit's council acts on grassroots-level models of the units it reviews; a provincial-level model is the
/// province's body's alone. ReviewModels on the owner unit is checked first, by each handler.
/// </para>
/// </summary>
public static class ReviewingBody
{
    public static async Task<bool> MayActAtAsync(AppDbContext db, CurrentUser user, ModelLevel level, CancellationToken ct)
    {
        if (level != ModelLevel.Provincial)
        {
            return true;
        }

        var tenantId = user.TenantId;
        var reviewed = db.Units.VisibleTo(db, user, Permission.ReviewModels).Select(u => u.Id);
        var roots = await db.Units.Where(u => u.TenantId == tenantId && u.ParentId == null).Select(u => reviewed.Contains(u.Id)).ToListAsync(ct);
        return roots.Count > 0 && roots.All(r => r);
    }

    /// <summary>The level rule as a refusal naming the act (a Vietnamese label), or null when the caller may act.</summary>
    public static async Task<AppError?> CheckAsync(AppDbContext db, CurrentUser user, ModelLevel level, string act, CancellationToken ct) =>
        await MayActAtAsync(db, user, level, ct) ? null : ModelErrors.LevelReserved(act);
}
