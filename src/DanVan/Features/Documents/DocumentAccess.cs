using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Documents;

/// <summary>
/// Documents are the province's shared register: anyone holding ViewDocuments somewhere in the tenant reads all of
/// the tenant's documents (plans and decisions are public administrative acts). Changing one needs ManageDocuments
/// on its owner unit (the one SQL scoping rule of <see cref="Scope"/>).
/// </summary>
public static class DocumentAccess
{
    public static IQueryable<Document> Visible(AppDbContext db, CurrentUser user)
    {
        var roles = RolePermissions.RolesGranting(Permission.ViewDocuments);
        var (tenantId, userId) = (user.TenantId, user.UserId);
        return db.Documents.Where(d => d.TenantId == tenantId
            && db.RoleAssignments.Any(a => a.UserId == userId && a.TenantId == tenantId && roles.Contains(a.Role)));
    }

    /// <summary>The unit a new record belongs to when the caller names none: the issuer if ours, else the caller's top unit.</summary>
    public static async Task<Guid?> DefaultOwnerAsync(AppDbContext db, CurrentUser user, Guid? issuerUnitId, CancellationToken ct)
    {
        if (issuerUnitId is { } issuer && await Scope.CanAsync(db, user, Permission.ManageDocuments, issuer, ct))
        {
            return issuer;
        }

        var roles = RolePermissions.RolesGranting(Permission.ManageDocuments);
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.RoleAssignments.Where(a => a.UserId == user.UserId && a.TenantId == user.TenantId && roles.Contains(a.Role))
                .OrderBy(a => a.UnitPath.Length).Select(a => (Guid?)a.UnitId), ct);
    }
}
