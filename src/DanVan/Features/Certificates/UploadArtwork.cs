using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>What an upload is for: a background (its layout) or a signature (its signer's name as the decisions write it).</summary>
public sealed record ArtworkInput(Guid UnitId, ArtworkKind? Kind, CertificateLayout? Layout, string? SignerName);

/// <summary>
/// Uploads a certificate image for a unit (POST /certificates/artwork, multipart; /Certificates/Artwork): ManageAwardRecords
/// on the unit (else 404/403); a background names its layout, a signature its signer (≤ 200 characters); the file is a
/// JPEG or PNG by its bytes (metadata stripped), at most 2 MB. The same slot again replaces the image. The file is stored
/// before its row (a crash in between leaves a file the sweep removes).
/// </summary>
public static class UploadArtwork
{
    public static readonly FileKind[] Kinds = [FileKind.Jpeg, FileKind.Png];

    public static async Task<Result<ArtworkDto>> HandleAsync(AppDbContext db, CurrentUser user, ArtworkInput input, IFormFile? file, CancellationToken ct)
    {
        if (await Access.CheckAsync(db, user, input.UnitId, Permission.ManageAwardRecords, Permission.ViewAwards, "đơn vị", ct) is { } refused)
        {
            return refused;
        }

        if (input.Kind is not { } kind)
        {
            return CertificateErrors.ArtworkKind;
        }

        var signer = kind == ArtworkKind.Signature ? VietnameseText.Clean(input.SignerName) : null;
        if (kind == ArtworkKind.Background && input.Layout is null)
        {
            return CertificateErrors.ArtworkLayout;
        }

        if (kind == ArtworkKind.Signature && (string.IsNullOrEmpty(signer) || signer.Length > CertificateArtwork.SignerMax))
        {
            return CertificateErrors.ArtworkSigner;
        }

        if (file is { Length: > CertificateArtwork.MaxBytes })
        {
            return CertificateErrors.ArtworkTooLarge(file.FileName);
        }

        if (!(await FileCheck.ReadAsync(file, Kinds, ct)).TryGet(out var image, out var bad))
        {
            return bad;
        }

        var (width, height) = CertificateArtwork.Dimensions(image.Content) ?? (0, 0);
        if (width is < 1 or > CertificateArtwork.MaxPixels || height is < 1 or > CertificateArtwork.MaxPixels)
        {
            return CertificateErrors.ArtworkTooManyPixels(width, height);
        }

        await db.Files.SaveAsync(image, ct);
        var tenantId = user.TenantId;
        var slot = CertificateArtwork.SlotOf(kind, input.Layout, signer);
        var by = Actor.Of(user, db.Time).UserName;
        var row = await db.CertificateArtworks.FirstOrDefaultAsync(a => a.TenantId == tenantId && a.UnitId == input.UnitId && a.Slot == slot, ct);
        if (row is null)
        {
            row = CertificateArtwork.Create(tenantId, input.UnitId, kind, input.Layout, signer, image.Sha256, image.ContentType, image.Content.Length, by);
            db.CertificateArtworks.Add(row);
        }
        else
        {
            row.Replace(image.Sha256, image.ContentType, image.Content.Length, by);
        }

        await db.SaveChangesAsync(ct); // two uploads to a new slot at once: the unique index lets one in, the other is a 409
        return ListArtwork.Dto(row);
    }
}
