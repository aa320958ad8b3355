using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// Work list: an annulled award whose prize and objects are not yet recorded as given back, for those who record it
/// (ManageAwardRecords on the revoking unit), due by its deadline — 15 working days after the revocation decision.
/// </summary>
public sealed class RecoveriesWork : IWorkProvider
{
    public const string Kind = "certificates.recover";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ManageAwardRecords).Select(u => u.Id);
        var tenantId = user.TenantId;
        var open = db.RevokedAwards.AsNoTracking().Where(a => a.TenantId == tenantId && a.RecoveredOn == null)
            .Join(db.Revocations.Where(r => units.Contains(r.UnitId)), a => a.RevocationId, r => r.Id, (a, r) => new { a.Id, a.HolderName, a.AwardName, a.Amount,
                a.Deadline, r.UnitId, r.Number, RevocationId = r.Id });
        var total = await open.CountAsync(ct);
        if (total == 0)
        {
            return new WorkBatch([], 0);
        }

        var rows = await open.OrderBy(a => a.Deadline).ThenBy(a => a.Id).Take(query.Take)
            .Select(a => new { a.HolderName, a.AwardName, a.Amount, a.Deadline, a.UnitId, a.Number, a.RevocationId,
                Unit = db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        return new WorkBatch(rows.Select(a => WorkItem.Due(Kind, "Thu hồi tiền thưởng, hiện vật", $"Thu hồi {a.AwardName} của {a.HolderName}", a.UnitId, a.Unit,
            a.Deadline, query, $"/Certificates/Revocations#revocation-{a.RevocationId}",
            $"Theo quyết định thu hồi số {a.Number}" + (a.Amount is { } m ? $"; tiền thưởng {m.ToString("N0", VietnameseText.Culture)} đồng" : "") + "."))
            .ToList(), total);
    }
}
