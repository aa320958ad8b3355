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

        var tenantId = user.TenantId;
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.Path }).FirstAsync(ct);
        var root = await db.Units.AsNoTracking().Where(u => u.TenantId == tenantId && u.ParentId == null && unit.Path.StartsWith(u.Path))
            .Select(u => u.Id).FirstOrDefaultAsync(ct);
        var rows = await db.CertificateArtworks.AsNoTracking().Where(a => a.TenantId == tenantId && (a.UnitId == unitId
                || (a.UnitId == root && a.Kind == ArtworkKind.Background)))
            .OrderBy(a => a.Kind).ThenBy(a => a.Slot).ToListAsync(ct);
        var own = rows.Where(a => a.UnitId == unitId).ToList();
        var inherited = rows.Where(a => a.UnitId != unitId && own.All(o => o.Slot != a.Slot)).ToList();
        return new ArtworkListDto(unitId, unit.Name, await Scope.CanAsync(db, user, Permission.ManageAwardRecords, unitId, ct),
            own.Select(Dto).ToList(), inherited.Select(Dto).ToList());
    }

    public static ArtworkDto Dto(CertificateArtwork a) => new(a.Id, a.UnitId, a.Kind, a.Kind.Label(), a.Layout, a.Layout?.Label(), a.SignerName, a.ContentType,
        a.Size, FileCheck.SizeLabel(a.Size), a.UploadedByName, a.UpdatedAt, $"/api/v1/certificates/artwork/{a.Id}/image");
}
