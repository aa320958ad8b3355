using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Admin.Jobs;

/// <summary>
/// Who sees a job: the user who started it, and the administrators of its province (TenantAdmin, SystemAdmin); the
/// installation's own jobs (no province: digests, cleanup) only a SystemAdmin. Anything else is a 404 (ADR 0003).
/// </summary>
public static class JobAccess
{
    public static async Task<IQueryable<Job>> VisibleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var (userId, tenantId) = (user.UserId, user.TenantId);
        var roles = await db.RoleAssignments.Where(a => a.UserId == userId && a.TenantId == tenantId
                                                       && (a.Role == Role.TenantAdmin || a.Role == Role.SystemAdmin))
            .Select(a => a.Role).Distinct().ToListAsync(ct);
        var admin = roles.Count > 0;
        var system = roles.Contains(Role.SystemAdmin);
        return db.Jobs.AsNoTracking().Where(j => j.StartedByUserId == userId && j.TenantId == tenantId
                                                 || admin && j.TenantId == tenantId
                                                 || system && j.TenantId == null);
    }

    /// <summary>The jobs an administrator manages on /Admin/Jobs (the same rule without "started by me").</summary>
    public static async Task<IQueryable<Job>> ManagedAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var (userId, tenantId) = (user.UserId, user.TenantId);
        var system = await db.RoleAssignments.AnyAsync(a => a.UserId == userId && a.TenantId == tenantId && a.Role == Role.SystemAdmin, ct);
        return db.Jobs.Where(j => j.TenantId == tenantId || system && j.TenantId == null);
    }
}
