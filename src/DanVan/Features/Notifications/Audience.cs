using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notifications;

/// <summary>
/// Who an event concerns, resolved when the notification job runs (not in the request): the users holding a
/// permission by an assignment <b>at</b> the units (not through a grant over a whole subtree — a province's
/// administrators would otherwise hear of every commune), the units' heads, or a council's members with an account.
/// Disabled accounts are left out.
/// </summary>
public sealed record Audience(Permission? Holding, Guid[] UnitIds, bool Heads = false, Guid? CouncilId = null)
{
    public static Audience HoldersAt(Permission permission, params Guid[] unitIds) => new(permission, unitIds);

    public static Audience HeadsOf(params Guid[] unitIds) => new(null, unitIds, Heads: true);

    public static Audience CouncilMembers(Guid councilId) => new(null, [], CouncilId: councilId);

    public async Task<List<Guid>> ResolveAsync(AppDbContext db, Guid tenantId, CancellationToken ct)
    {
        var users = new HashSet<Guid>();
        var units = UnitIds;
        if (Holding is { } permission && units.Length > 0)
        {
            var roles = RolePermissions.RolesGranting(permission).Where(r => r is not (Role.SystemAdmin or Role.TenantAdmin)).ToArray();
            users.UnionWith(await db.RoleAssignments.Where(a => a.TenantId == tenantId && units.Contains(a.UnitId) && roles.Contains(a.Role))
                .Select(a => a.UserId).ToListAsync(ct));
        }

        if (Heads && units.Length > 0)
        {
            users.UnionWith(await db.RoleAssignments.Where(a => a.TenantId == tenantId && units.Contains(a.UnitId) && a.Role == Role.UnitHead)
                .Select(a => a.UserId).ToListAsync(ct));
        }

        if (CouncilId is { } council)
        {
            users.UnionWith(await db.CouncilMembers.Where(m => m.TenantId == tenantId && m.CouncilId == council && m.UserId != null)
                .Select(m => m.UserId!.Value).ToListAsync(ct));
        }

        var ids = users.ToList();
        return await db.Users.Where(u => ids.Contains(u.Id) && u.TenantId == tenantId && !u.IsDisabled).Select(u => u.Id).ToListAsync(ct);
    }
}

/// <summary>An event to notify, as queued by <see cref="Notify"/>: what, for whom, caused by whom (who is never told of their own act).</summary>
public sealed record NotifyEvent(NotificationKind Kind, Guid TenantId, Guid? CausedBy, string Title, string Body, string Link, string Key,
    Audience Audience);
