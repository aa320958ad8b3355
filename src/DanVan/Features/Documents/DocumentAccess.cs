using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Documents;

/// <summary>
/// Documents are the province's shared register: anyone holding ViewDocuments somewhere in the tenant reads all of
/// the tenant's documents (plans and decisions are public administrative acts). Changing one needs ManageDocuments
/// on its owner unit (the one SQL scoping rule of <see cref="Scope"/>).
/// </summary>
public static class DocumentAccess
{
    /// <summary>The 404 for a document the caller cannot see; audited as a denial when it exists (ADR 0003, AccessAudit).</summary>
    public static Task<AppError> NotVisibleAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        Access.NotVisibleAsync(db, db.Documents.Where(d => d.Id == id), "văn bản", ct);

    public static IQueryable<Document> Visible(AppDbContext db, CurrentUser user)
    {
        var readers = Scope.Granting(db, user, Permission.ViewDocuments);
        var tenantId = user.TenantId;
        return db.Documents.Where(d => d.TenantId == tenantId && readers.Any());
    }

    /// <summary>The unit a new record belongs to when the caller names none: the issuer if ours, else the caller's top unit.</summary>
    public static async Task<Guid?> DefaultOwnerAsync(AppDbContext db, CurrentUser user, Guid? issuerUnitId, CancellationToken ct)
    {
        if (issuerUnitId is { } issuer && await Scope.CanAsync(db, user, Permission.ManageDocuments, issuer, ct))
        {
            return issuer;
        }

        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            Scope.Granting(db, user, Permission.ManageDocuments).OrderBy(a => a.UnitPath.Length).Select(a => (Guid?)a.UnitId), ct);
    }
}
