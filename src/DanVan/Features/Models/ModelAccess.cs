using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Models;

/// <summary>
/// The model library is shared across the province (spreading good practice is the point): every holder of
/// ViewModels reads every model of the tenant. The owner unit's officers (ManageModels) change the content and move it
/// through registration and implementation; the reviewing body (ReviewModels on the owner unit) recognises.
/// </summary>
public static class ModelAccess
{
    public static IQueryable<DvkModel> Visible(AppDbContext db, CurrentUser user)
    {
        var roles = RolePermissions.RolesGranting(Permission.ViewModels);
        var (tenantId, userId) = (user.TenantId, user.UserId);
        return db.DvkModels.Where(m => m.TenantId == tenantId
            && db.RoleAssignments.Any(a => a.UserId == userId && a.TenantId == tenantId && roles.Contains(a.Role)));
    }
}
