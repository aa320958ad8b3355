using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>Takes a filed plan back (before the deadline only); the plan document stays in the register.</summary>
public static class WithdrawPlan
{
    public static async Task<Result<MyObligationDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid movementId, Guid unitId, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await MovementAccess.FindAsync(db, user, movementId, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        if (await Access.CheckAsync(db, user, unitId, Permission.FilePlans, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (movement.CheckRunning() is { } notRunning)
        {
            return notRunning;
        }

        var obligation = await db.PlanObligations.FirstOrDefaultAsync(o => o.MovementId == movementId && o.UnitId == unitId, ct);
        if (obligation is null)
        {
            return MovementErrors.NoObligation;
        }

        if (db.Expect(obligation, expectedVersion) is { } stale)
        {
            return stale;
        }

        var today = VnTime.Today(db.Time);
        if (obligation.Withdraw(Actor.Of(user, db.Time), today) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return await FilePlan.MyObligationAsync(db, obligation.Id, today, ct);
    }
}
