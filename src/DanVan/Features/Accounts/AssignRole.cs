using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts;

/// <summary>
/// Gives a user a role at a unit. The grant must lie within the granter's own reach (<see cref="GrantReach"/>): the
/// unit, its sub-units when included, and a role no more powerful than the granter's there. Nobody widens their own
/// grants; only a SystemAdmin grants SystemAdmin.
/// </summary>
public static class AssignRole
{
    public static async Task<Result<Guid>> HandleAsync(AppDbContext db, CurrentUser me, Guid userId, AssignmentInput input, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.TenantId == me.TenantId, ct))
        {
            return AppError.NotFound("người dùng");
        }

        if (await Access.CheckAsync(db, me, input.UnitId!.Value, Permission.ManageUsers, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (userId == me.UserId)
        {
            return AccountErrors.OwnGrants;
        }

        if (input.Role == Role.SystemAdmin && !await SetUserDisabled.IsSystemAdminAsync(db, me, ct))
        {
            return AccountErrors.SystemAdminOnly;
        }

        var unit = await db.Units.FirstAsync(u => u.Id == input.UnitId, ct);
        if (!await GrantReach.CoversAsync(db, me, [new Scope.Grant(input.Role!.Value, unit.Id, unit.Path, input.IncludeDescendants)], ct))
        {
            return AccountErrors.BeyondReach;
        }

        if (await db.RoleAssignments.AnyAsync(a => a.UserId == userId && a.Role == input.Role && a.UnitId == input.UnitId, ct))
        {
            return AccountErrors.AlreadyAssigned;
        }

        var assignment = new RoleAssignment(me.TenantId, userId, input.Role!.Value, unit, input.IncludeDescendants, db.Time.GetUtcNow().UtcDateTime);
        db.RoleAssignments.Add(assignment);
        await db.SaveChangesAsync(ct);
        return assignment.Id;
    }
}
