using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// Removes a certificate image (DELETE /certificates/artwork/{id}, /Certificates/Artwork): ManageAwardRecords on its unit
/// (else 404/403). Certificates printed from then on go without it (or with the province root's background); the file
/// stays until the sweep finds no row using it.
/// </summary>
public static class RemoveArtwork
{
    public static async Task<Result<ArtworkDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var row = await db.CertificateArtworks.FirstOrDefaultAsync(a => a.TenantId == tenantId && a.Id == id, ct);
        if (row is null)
        {
            return CertificateErrors.ArtworkNotFound;
        }

        if (await Access.CheckAsync(db, user, row.UnitId, Permission.ManageAwardRecords, Permission.ViewAwards, "ảnh", ct) is { } refused)
        {
            return refused.Kind == ErrorKind.NotFound ? CertificateErrors.ArtworkNotFound : refused;
        }

        db.CertificateArtworks.Remove(row);
        await db.SaveChangesAsync(ct);
        return ListArtwork.Dto(row);
    }
}
