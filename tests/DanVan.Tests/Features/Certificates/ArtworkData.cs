using DanVan.Features.Certificates;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Certificates;

/// <summary>A certificate image for security tests: a 1-pixel PNG in the file store as a unit's Giấy khen background.</summary>
public static class ArtworkData
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static async Task<Guid> AddArtworkAsync(this AppDbContext db, Guid unitId)
    {
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).SingleAsync();
        var file = FileCheck.Check("nen.png", Png, [FileKind.Png]).Value!;
        await db.Files.SaveAsync(file, CancellationToken.None);
        var slot = CertificateArtwork.SlotOf(ArtworkKind.Background, CertificateLayout.GiayKhen, null);
        if (await db.CertificateArtworks.Where(a => a.UnitId == unitId && a.Slot == slot).Select(a => (Guid?)a.Id).FirstOrDefaultAsync() is { } existing)
        {
            return existing;
        }

        var row = CertificateArtwork.Create(tenantId, unitId, ArtworkKind.Background, CertificateLayout.GiayKhen, null, file.Sha256, file.ContentType,
            file.Content.Length, "kiểm thử");
        db.CertificateArtworks.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }
}
