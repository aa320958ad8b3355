namespace DanVan.Features.Certificates;

/// <summary>One uploaded image: for what (a layout's background, a signer's signature), by whom, and where to see it.</summary>
public sealed record ArtworkDto(Guid Id, Guid UnitId, ArtworkKind Kind, string KindLabel, CertificateLayout? Layout, string? LayoutLabel, string? SignerName,
    string ContentType, long Size, string SizeLabel, string UploadedByName, DateTime UpdatedAt, string ImageUrl);

/// <summary>A unit's images; the province root's backgrounds that serve it when it has none of its own; whether the caller may change them.</summary>
public sealed record ArtworkListDto(Guid UnitId, string UnitName, bool MayChange, IReadOnlyList<ArtworkDto> Items, IReadOnlyList<ArtworkDto> Inherited);

public static class ArtworkLabels
{
    public static string Label(this ArtworkKind k) => k switch
    {
        ArtworkKind.Background => "Ảnh nền",
        ArtworkKind.Signature => "Chữ ký",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    public static string Label(this CertificateLayout l) => l switch
    {
        CertificateLayout.BangKhen => "Bằng khen",
        CertificateLayout.GiayKhen => "Giấy khen",
        CertificateLayout.Title => "Giấy chứng nhận danh hiệu",
        _ => throw new ArgumentOutOfRangeException(nameof(l)),
    };
}
