using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>The province's award catalogue, each kind with the version in force on <c>on</c> (default today, Vietnam's date), in catalogue order.</summary>
public static class ListAwardKinds
{
    public static async Task<Result<IReadOnlyList<AwardKindDto>>> HandleAsync(AppDbContext db, CurrentUser user, DateOnly? on, CancellationToken ct)
    {
        if (!await AwardCatalogue.MayViewAsync(db, user, ct))
        {
            return AppError.Forbidden;
        }

        var day = on ?? VnTime.Today(db.Time);
        var kinds = await db.AwardKinds.AsNoTracking().Where(k => k.TenantId == user.TenantId).WithVersions()
            .ToListAsync(ct);
        var names = kinds.ToDictionary(k => k.Code, k => k.Name);
        return kinds.OrderBy(k => k.Category).ThenBy(k => k.Position).ThenBy(k => k.Name, StringComparer.Ordinal) // titles first (the enum's order, not its name's)
            .Select(k => AwardCatalogue.ToDto(k, day, names)).ToList();
    }
}
