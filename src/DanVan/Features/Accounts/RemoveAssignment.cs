using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts;

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

        if (assignment.UserId == me.UserId && RolePermissions.For(assignment.Role).Contains(Permission.ManageUsers))
        {
            return AccountErrors.LastAssignment;
        }

        db.RoleAssignments.Remove(assignment);
        await db.SaveChangesAsync(ct);
        return assignment.UserId;
    }
}
