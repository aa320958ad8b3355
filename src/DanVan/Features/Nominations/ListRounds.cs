using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>The province's rounds, newest year first (a handful a year: one page), with the caller's dossiers counted.</summary>
public static class ListRounds
{
    public static async Task<Page<RoundRow>> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!await NominationAccess.MayViewRoundsAsync(db, user, ct))
        {
            return new Page<RoundRow>([], null);
        }

        var tenantId = user.TenantId;
        var dossiers = NominationAccess.Visible(db, user);
        var rows = await db.NominationRounds.AsNoTracking().Where(r => r.TenantId == tenantId).OrderByDescending(r => r.Year).ThenByDescending(r => r.CreatedAt)
            .Take(Paging.MaxLimit)
            .Select(r => new { r.Id, r.Year, r.Name, r.Kind, r.Status, r.UnitDue, r.SuperiorDue, Count = dossiers.Count(d => d.RoundId == r.Id) })
            .ToListAsync(ct);
        return new Page<RoundRow>(rows.Select(r => new RoundRow(r.Id, r.Year, r.Name, r.Kind, r.Kind.Label(), r.Status, r.UnitDue, r.SuperiorDue, r.Count))
            .ToList(), null);
    }
}
