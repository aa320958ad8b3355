using DanVan.Features.Decisions;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// The images a decision's certificates print with (<see cref="CertificateArtwork"/>): each layout's background — the
/// issuing unit's own, else the province root's — and the signature of the decision's signer at the issuing unit, as data
/// URIs written once in the document's style sheet. None uploaded: the plain printed border and an empty signature space.
/// </summary>
public sealed record CertificateArt(IReadOnlyDictionary<CertificateLayout, string> Backgrounds, string? Signature)
{
    public static readonly CertificateArt None = new(new Dictionary<CertificateLayout, string>(), null);

    public static async Task<CertificateArt> LoadAsync(AppDbContext db, Decision decision, CancellationToken ct)
    {
        var (tenantId, unitId) = (decision.TenantId, decision.UnitId);
        var signature = CertificateArtwork.SlotOf(ArtworkKind.Signature, null, decision.SignerName);
        var rows = await ListArtwork.Serving(db, tenantId, unitId).Where(a => a.Kind == ArtworkKind.Background || a.Slot == signature).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return None;
        }

        var backgrounds = new Dictionary<CertificateLayout, string>();
        foreach (var a in rows.Where(a => a.Kind == ArtworkKind.Background).OrderBy(a => a.UnitId == unitId ? 0 : 1))
        {
            if (!backgrounds.ContainsKey(a.Layout!.Value) && await DataUriAsync(db, a, ct) is { } uri)
            {
                backgrounds[a.Layout.Value] = uri;
            }
        }

        var sign = rows.FirstOrDefault(a => a.Kind == ArtworkKind.Signature);
        return new CertificateArt(backgrounds, sign is null ? null : await DataUriAsync(db, sign, ct));
    }

    /// <summary>The image as a data URI, or null when its file is missing from the store (the certificate prints without it).</summary>
    private static async Task<string?> DataUriAsync(AppDbContext db, CertificateArtwork a, CancellationToken ct)
    {
        await using var stream = db.Files.OpenRead(a.Sha256);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return $"data:{a.ContentType};base64,{Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length)}";
    }
}
