using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// Work list notices: in the last <see cref="WorkSettings.NoticeDays"/> days, a plan deadline of one of the user's
/// units (FilePlans) was extended or its obligation waived, with the reason the movement's managers gave. Newest first.
/// </summary>
public sealed class ObligationNoticesWork : IWorkProvider
{
    public const string Kind = "movements.obligation-notice";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var since = query.NoticesSince;
        var units = db.Units.VisibleTo(db, user, Permission.FilePlans).Select(u => u.Id);
        var running = Movement.RunningStatuses;
        var notices = db.MovementEvents.AsNoTracking()
            .Where(e => e.TenantId == tenantId && e.At >= since && e.UnitId != null && e.ObligationId != null
                && (e.Action == MovementAction.DeadlineExtended || e.Action == MovementAction.Waived))
            .Where(e => units.Contains(e.UnitId!.Value))
            .Where(e => db.Movements.Any(m => m.Id == e.MovementId && running.Contains(m.Status)));
        var total = await notices.CountAsync(ct);
        var rows = total == 0 ? [] : await notices.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(query.Take)
            .Select(e => new
            {
                e.MovementId, UnitId = e.UnitId!.Value, e.Action, e.Until, e.Note, e.At,
                Movement = db.Movements.Where(m => m.Id == e.MovementId).Select(m => m.Name).First(),
                Unit = db.Units.Where(u => u.Id == e.UnitId).Select(u => u.Name).First(),
            })
            .ToListAsync(ct);
        return new WorkBatch(rows.Select(r => new WorkItem(Kind, MovementLabels.Label(r.Action),
            r.Action == MovementAction.Waived
                ? $"Được miễn ban hành kế hoạch thực hiện {r.Movement}"
                : $"Hạn ban hành kế hoạch thực hiện {r.Movement} được gia hạn đến {VnTime.Date(r.Until)}",
            r.UnitId, r.Unit, r.Until, null, WorkState.Info, $"/Movements/FilePlan/{r.MovementId}?unitId={r.UnitId}",
            $"Lý do: {r.Note} ({VnTime.DateAndTime(r.At)})")).ToList(), total);
    }
}
