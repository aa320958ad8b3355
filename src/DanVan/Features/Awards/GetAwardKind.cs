using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>One award kind with every version (newest first) and the one in force today.</summary>
public static class GetAwardKind
{
    public static async Task<Result<AwardKindDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!await AwardCatalogue.MayViewAsync(db, user, ct))
        {
            return AwardErrors.KindNotFound;
        }

        var kind = await db.AwardKinds.AsNoTracking().Where(k => k.Id == id && k.TenantId == user.TenantId).WithVersions().FirstOrDefaultAsync(ct);
        return kind is null ? AwardErrors.KindNotFound : await AwardCatalogue.ToDtoAsync(db, kind, ct);
    }
}
