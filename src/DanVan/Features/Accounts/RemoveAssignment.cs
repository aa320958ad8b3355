using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts;

/// <summary>Removes a role assignment that lies within the caller's reach (<see cref="GrantReach"/>); never one's own admin role.</summary>
public static class RemoveAssignment
{
    public static async Task<Result<Guid>> HandleAsync(AppDbContext db, CurrentUser me, Guid assignmentId, CancellationToken ct)
    {
        var assignment = await db.RoleAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.TenantId == me.TenantId, ct);
        if (assignment is null)
        {
            return AppError.NotFound("phân quyền");
        }

        if (await Access.CheckAsync(db, me, assignment.UnitId, Permission.ManageUsers, Permission.ViewUnits, "phân quyền", ct) is { } denied)
        {
            return denied;
        }

        if (assignment.Role == Role.SystemAdmin && !await SetUserDisabled.IsSystemAdminAsync(db, me, ct))
        {
            return AccountErrors.SystemAdminOnly;
        }

        if (!await GrantReach.CoversAsync(db, me,
                [new Scope.Grant(assignment.Role, assignment.UnitId, assignment.UnitPath, assignment.IncludeDescendants)], ct))
        {
            return AccountErrors.BeyondReach;
        }

        if (assignment.UserId == me.UserId && RolePermissions.For(assignment.Role).Contains(Permission.ManageUsers))
        {
            return AccountErrors.LastAssignment;
        }

        db.RoleAssignments.Remove(assignment);
        await db.SaveChangesAsync(ct);
        return assignment.UserId;
    }
}
