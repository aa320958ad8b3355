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
