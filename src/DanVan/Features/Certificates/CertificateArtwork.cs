using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Certificates;

/// <summary>A background printed behind a layout's certificates, or a signer's signature printed above the name.</summary>
public enum ArtworkKind
{
    Background,
    Signature,
}

/// <summary>
/// An image an issuing unit uploads for its certificates (issue 15 §4: "the tenant uploads its background and signature
/// images"): the background of one layout (Bằng khen, Giấy khen, a title's certificate), or the signature of one signer
/// (matched to the decision's signer by name, without marks). One image per slot and unit; a new upload replaces it. The
/// province root's backgrounds serve every unit without its own; a signature serves only its unit's decisions. The file is
/// in the content-addressed store (JPEG or PNG, metadata stripped, ≤ <see cref="MaxBytes"/>).
/// </summary>
public sealed class CertificateArtwork : ITenantOwned, IStamped
{
    public const int MaxKilobytes = 2048;
    public const long MaxBytes = MaxKilobytes * 1024L;
    public const int SignerMax = 200;
    public const int SlotMax = 250;

    /// <summary>The widest and tallest image taken (A4 at 300 dpi is 3,508 × 2,480): a small file can unpack to billions of pixels.</summary>
    public const int MaxPixels = 4000;

    /// <summary>A PNG's or baseline/progressive JPEG's width and height from its header, or null when they cannot be read.</summary>
    public static (int Width, int Height)? Dimensions(byte[] image)
    {
        if (image.Length >= 24 && image[0] == 0x89 && image[1] == (byte)'P')
        {
            return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(20)));
        }

        for (var i = 2; i + 9 < image.Length;)
        {
            if (image[i] != 0xFF)
            {
                return null;
            }

            var marker = image[i + 1];
            var length = (image[i + 2] << 8) | image[i + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return ((image[i + 7] << 8) | image[i + 8], (image[i + 5] << 8) | image[i + 6]);
            }

            i += 2 + length;
        }

        return null;
    }

    private CertificateArtwork()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid UnitId { get; private set; }
    public ArtworkKind Kind { get; private set; }

    /// <summary>The layout a background is for (null for a signature).</summary>
    public CertificateLayout? Layout { get; private set; }

    /// <summary>Whose signature (null for a background), as typed; <see cref="Slot"/> holds it folded.</summary>
    public string? SignerName { get; private set; }

    /// <summary>What the image is for, unique per unit: "background:BangKhen", "signature:nguyen van a".</summary>
    public string Slot { get; private set; } = "";

    public string Sha256 { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string UploadedByName { get; private set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static string SlotOf(ArtworkKind kind, CertificateLayout? layout, string? signerName) =>
        kind == ArtworkKind.Background ? $"background:{layout}" : $"signature:{VietnameseText.Fold(signerName)}";

    public static CertificateArtwork Create(Guid tenantId, Guid unitId, ArtworkKind kind, CertificateLayout? layout, string? signerName, string sha256,
        string contentType, long size, string by) => new()
    {
        Id = Guid.CreateVersion7(), TenantId = tenantId, UnitId = unitId, Kind = kind, Layout = kind == ArtworkKind.Background ? layout : null,
        SignerName = kind == ArtworkKind.Signature ? signerName : null, Slot = SlotOf(kind, layout, signerName), Sha256 = sha256, ContentType = contentType,
        Size = size, UploadedByName = by,
    };

    /// <summary>A new image for the same slot.</summary>
    public void Replace(string sha256, string contentType, long size, string by) => (Sha256, ContentType, Size, UploadedByName) = (sha256, contentType, size, by);
}
