using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Registrations;

/// <summary>
/// Work list: registrations of running movements that the unit head may approve (<see cref="Registration.CanApprove"/>)
/// in the units where the user holds ApproveRegistrations; the deadline is the movement's registration deadline.
/// </summary>
public sealed class RegistrationsToApproveWork : IWorkProvider
{
    public const string Kind = "registrations.approve";

    private static readonly RegistrationStatus[] Approvable = [.. Enum.GetValues<RegistrationStatus>().Where(Registration.CanApprove)];

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var units = db.Units.VisibleTo(db, user, Permission.ApproveRegistrations).Select(u => u.Id);
        var running = Movement.RunningStatuses;
        var waiting = db.Registrations.AsNoTracking()
            .Where(r => r.TenantId == tenantId && Approvable.Contains(r.Status) && units.Contains(r.UnitId))
            .Join(db.Movements.Where(m => running.Contains(m.Status)), r => r.MovementId, m => m.Id,
                (r, m) => new { r.Id, r.MovementId, r.UnitId, Deadline = m.RegistrationDeadline, Movement = m.Name });
        var total = await waiting.CountAsync(ct);
        var rows = total == 0 ? [] : await waiting.OrderBy(r => r.Deadline == null).ThenBy(r => r.Deadline).ThenBy(r => r.Id).Take(query.Take)
            .Select(r => new { r.MovementId, r.UnitId, r.Deadline, r.Movement, Unit = db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        return new WorkBatch(rows.Select(r => WorkItem.Due(Kind, "Duyệt đăng ký thi đua", $"Duyệt đăng ký thi đua {r.Movement}", r.UnitId, r.Unit,
            r.Deadline, query, $"/Registrations/Edit/{r.MovementId}?unitId={r.UnitId}")).ToList(), total);
    }
}
