using DanVan.Features.Accounts;
using DanVan.Features.Decisions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// The revocations the caller sees (ViewAwards on the revoking unit), newest first, each with what is to be recovered,
/// the deadline and whether it is overdue; and, for the form, the awards the caller may revoke: those of issued decisions
/// of units where they hold ManageAwardRecords, not revoked yet.
/// </summary>
public static class ListRevocations
{
    public const int Limit = 200;

    public sealed record RevocableAward(Guid AwardRecordId, Guid UnitId, string HolderName, string AwardName, string DecisionNumber, DateOnly DecisionDate);

    public static async Task<List<RevokeAwards.RevocationDto>> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var today = VnTime.Today(db.Time);
        var list = await CertificateAccess.VisibleRevocations(db, user).AsNoTracking().Include(r => r.Awards)
            .OrderByDescending(r => r.DecisionDate).ThenByDescending(r => r.Id).Take(Limit).ToListAsync(ct);
        return list.Select(r => RevokeAwards.ToDto(r, today)).ToList();
    }

    public static async Task<List<RevocableAward>> RevocableAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ManageAwardRecords).Select(u => u.Id);
        var tenantId = user.TenantId;
        return await db.DecisionAwardees.AsNoTracking().Where(a => a.TenantId == tenantId && a.AwardRecordId != null)
            .Join(db.Decisions.Where(d => d.State != DecisionState.Draft && units.Contains(d.UnitId)), a => a.DecisionId, d => d.Id, (a, d) => new { a, d })
            .Where(x => db.AwardRecords.Any(r => r.Id == x.a.AwardRecordId && r.RevokedAt == null))
            .OrderByDescending(x => x.d.DecisionDate).ThenBy(x => x.a.Name).Take(Limit)
            .Select(x => new RevocableAward(x.a.AwardRecordId!.Value, x.d.UnitId, x.a.Name, x.a.AwardName, x.d.Number ?? "", x.d.DecisionDate)).ToListAsync(ct);
    }
}
