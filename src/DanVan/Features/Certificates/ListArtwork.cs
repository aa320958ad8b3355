using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// A unit's certificate images (GET /certificates/artwork?unitId=, /Certificates/Artwork): its backgrounds and signatures,
/// and the province root's backgrounds that serve it where it has none. Whoever views awards of the unit sees them (else
/// 404); changing them needs ManageAwardRecords there — those who issue its decisions.
/// </summary>
public static class ListArtwork
{
    public static async Task<Result<ArtworkListDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid unitId, CancellationToken ct)
    {
        if (await Access.CheckAsync(db, user, unitId, Permission.ViewAwards, Permission.ViewAwards, "đơn vị", ct) is { } refused)
        {
            return refused;
        }

        var name = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync(ct);
        var rows = await Serving(db, user.TenantId, unitId).OrderBy(a => a.Kind).ThenBy(a => a.Slot).ToListAsync(ct);
        var own = rows.Where(a => a.UnitId == unitId).ToList();
        var inherited = rows.Where(a => a.UnitId != unitId && own.All(o => o.Slot != a.Slot)).ToList();
        return new ArtworkListDto(unitId, name, await Scope.CanAsync(db, user, Permission.ManageAwardRecords, unitId, ct),
            own.Select(Dto).ToList(), inherited.Select(Dto).ToList());
    }

    /// <summary>The province's backgrounds (those of its root unit): shared with every unit of the province, unlike a signature.</summary>
    public static IQueryable<CertificateArtwork> Shared(AppDbContext db) =>
        db.CertificateArtworks.Where(a => a.Kind == ArtworkKind.Background && db.Units.Any(u => u.Id == a.UnitId && u.ParentId == null));

    /// <summary>The images that serve a unit (one SQL predicate: the list, the page and printing read it): its own and the province's backgrounds.</summary>
    public static IQueryable<CertificateArtwork> Serving(AppDbContext db, Guid tenantId, Guid unitId)
    {
        var shared = Shared(db).Select(a => a.Id);
        return db.CertificateArtworks.AsNoTracking().Where(a => a.TenantId == tenantId && (a.UnitId == unitId || shared.Contains(a.Id)));
    }

    public static ArtworkDto Dto(CertificateArtwork a) => new(a.Id, a.UnitId, a.Kind, a.Kind.Label(), a.Layout, a.Layout?.Label(), a.SignerName, a.ContentType,
        a.Size, FileCheck.SizeLabel(a.Size), a.UploadedByName, a.UpdatedAt, $"/api/v1/certificates/artwork/{a.Id}/image");
}
