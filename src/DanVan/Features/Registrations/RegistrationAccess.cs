using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Registrations;

/// <summary>
/// Where registrations live: a launched movement the caller may see, and a participating unit (one with a plan
/// obligation) inside the caller's scope for the permission asked (404 outside view scope, 403 visible but not allowed).
/// </summary>
public static class RegistrationAccess
{
    public sealed record Target(Movement Movement, Guid UnitId, string UnitName);

    public static async Task<Result<Target>> ResolveAsync(AppDbContext db, CurrentUser user, Guid movementId, Guid unitId, Permission action,
        CancellationToken ct)
    {
        if (!(await MovementAccess.FindAsync(db, user, movementId, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        if (await Access.CheckAsync(db, user, unitId, action, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (action != Permission.ViewUnits && movement.CheckRunning() is { } notRunning)
        {
            return notRunning;
        }

        if (!await db.PlanObligations.AnyAsync(o => o.MovementId == movementId && o.UnitId == unitId, ct))
        {
            return RegistrationErrors.NotParticipating;
        }

        var name = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync(ct);
        return new Target(movement, unitId, name);
    }
}
