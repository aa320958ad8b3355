using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Decisions;

/// <summary>
/// Work list: a draft decision of a unit where the user drafts and issues decisions (ManageAwardRecords), due by its
/// planned date — the prize is priced for that date, and awardees wait for the decision to be paid.
/// </summary>
public sealed class DecisionsWork : IWorkProvider
{
    public const string Kind = "decisions.issue";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ManageAwardRecords).Select(u => u.Id);
        var tenantId = user.TenantId;
        var drafts = db.Decisions.AsNoTracking().Where(d => d.TenantId == tenantId && d.State == DecisionState.Draft && units.Contains(d.UnitId));
        var total = await drafts.CountAsync(ct);
        if (total == 0)
        {
            return new WorkBatch([], 0);
        }

        var rows = await drafts.OrderBy(d => d.DecisionDate).ThenBy(d => d.Id).Take(query.Take)
            .Select(d => new
            {
                d.Id, d.UnitId, d.Title, d.DecisionDate,
                Unit = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).First(),
                Awardees = d.Awardees.Count(a => a.RemovedReason == null),
            })
            .ToListAsync(ct);
        return new WorkBatch(rows.Select(d => WorkItem.Due(Kind, "Ban hành quyết định khen thưởng", $"Hoàn thiện, trình ký và ban hành — {d.Title}", d.UnitId, d.Unit,
            d.DecisionDate, query, $"/Decisions/Details/{d.Id}",
            d.Awardees == 0 ? "Dự thảo chưa có người, tập thể nào." : $"Dự thảo có {d.Awardees} người, tập thể; ngày dự kiến ký {VnTime.Date(d.DecisionDate)}."))
            .ToList(), total);
    }
}
