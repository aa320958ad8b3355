using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Clusters;

/// <summary>
/// Clusters are province-level data: read by whoever holds ViewAssessments somewhere in the tenant (the groups are not
/// personal data and every unit needs to know its own), changed with ManageAssessments on the tenant's root unit
/// (the Ban Thi đua – Khen thưởng of Sở Nội vụ holds it there).
/// </summary>
public static class ClusterAccess
{
    public static async Task<AppError?> CheckViewAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        await Scope.HoldsAnywhereAsync(db, user, Permission.ViewAssessments, ct) ? null : AppError.Forbidden;

    public static async Task<bool> MayManageAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var root = await db.Units.Where(u => u.TenantId == tenantId && u.ParentId == null).Select(u => u.Id).FirstOrDefaultAsync(ct);
        return root != Guid.Empty && await Scope.CanAsync(db, user, Permission.ManageAssessments, root, ct);
    }

    public static async Task<AppError?> CheckManageAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        await MayManageAsync(db, user, ct) ? null : AppError.Forbidden;

    /// <summary>Loads a group of the caller's tenant for a change (members and nothing else); 404 when absent or in another tenant, 403 without the right.</summary>
    public static async Task<Result<EmulationCluster>> LoadForChangeAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var cluster = await db.EmulationClusters.Include(c => c.Members).FirstOrDefaultAsync(c => c.TenantId == tenantId && c.Id == id, ct);
        if (cluster is null)
        {
            return await Access.NotVisibleAsync(db, db.EmulationClusters.Where(c => c.Id == id), "cụm, khối thi đua", ct);
        }

        return await CheckManageAsync(db, user, ct) is { } refused ? refused : cluster;
    }
}
