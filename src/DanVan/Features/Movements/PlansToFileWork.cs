using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// Work list: the open plan obligations (<see cref="PlanObligation.Open"/>) of running movements in the units where the
/// user may file plans (FilePlans), by due date. Overdue exactly when the status rule says missing (due date passed).
/// </summary>
public sealed class PlansToFileWork : IWorkProvider
{
    public const string Kind = "movements.file-plan";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var units = db.Units.VisibleTo(db, user, Permission.FilePlans).Select(u => u.Id);
        var running = Movement.RunningStatuses;
        var open = db.PlanObligations.AsNoTracking().Where(PlanObligation.Open)
            .Where(o => o.TenantId == tenantId && units.Contains(o.UnitId))
            .Where(o => db.Movements.Any(m => m.Id == o.MovementId && running.Contains(m.Status)));
        var total = await open.CountAsync(ct);
        var rows = total == 0 ? [] : await open.OrderBy(o => o.DueOn).ThenBy(o => o.Id).Take(query.Take)
            .Select(o => new
            {
                o.MovementId, o.UnitId, o.DueOn,
                Movement = db.Movements.Where(m => m.Id == o.MovementId).Select(m => m.Name).First(),
                Unit = db.Units.Where(u => u.Id == o.UnitId).Select(u => u.Name).First(),
            })
            .ToListAsync(ct);
        return new WorkBatch(rows.Select(r => WorkItem.Due(Kind, "Ban hành kế hoạch", $"Ban hành kế hoạch thực hiện {r.Movement}", r.UnitId, r.Unit,
            r.DueOn, query, $"/Movements/FilePlan/{r.MovementId}?unitId={r.UnitId}")).ToList(), total);
    }
}
