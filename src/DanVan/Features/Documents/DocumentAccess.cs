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
    /// <summary>Load-and-authorise a document (ADR 0003): read by the whole tenant, changed with ManageDocuments on its owner unit.</summary>
    public static readonly ObjectAccess<Document> Rule = new("văn bản", Visible, db => db.Documents, id => d => d.Id == id, d => d.OwnerUnitId);

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
