using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Clusters;

/// <summary>Adds a unit to a group, removes one (with a reason), sets the leader and deputy: the group's own methods decide.</summary>
public static class ChangeClusterMembers
{
    public static async Task<Result<ClusterDto>> AddAsync(AppDbContext db, CurrentUser user, Guid id, MemberInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await ClusterAccess.LoadForChangeAsync(db, user, id, ct)).TryGet(out var cluster, out var refused))
        {
            return refused;
        }

        var unitId = input.UnitId!.Value;
        var tenantId = user.TenantId;
        var unit = await db.Units.AsNoTracking().Where(u => u.TenantId == tenantId && u.Id == unitId)
            .Select(u => new { u.Name, u.ValidFrom, u.ValidTo }).FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            return AppError.NotFound("đơn vị");
        }

        // Active at some time in the group's year (its dates overlap the year): a 2025 group may hold a commune merged on
        // 1/7/2025; the listing then shows its successor.
        if ((unit.ValidFrom is { } from && from > new DateOnly(cluster.Year, 12, 31)) || (unit.ValidTo is { } to && to < new DateOnly(cluster.Year, 1, 1)))
        {
            return ClusterErrors.UnitClosed;
        }

        var other = await db.ClusterMembers.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.UnitId == unitId && m.Year == cluster.Year && m.Kind == cluster.Kind && m.ClusterId != id)
            .Select(m => db.EmulationClusters.Where(c => c.Id == m.ClusterId).Select(c => c.Name).First()).FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            return ClusterErrors.InOtherCluster(unit.Name, other, cluster.Kind.Label());
        }

        return await SaveAsync(db, user, cluster, expectedVersion, () => cluster.AddMember(unitId, Actor.Of(user, db.Time)), ct);
    }

    public static async Task<Result<ClusterDto>> RemoveAsync(AppDbContext db, CurrentUser user, Guid id, Guid unitId, string? reason, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await ClusterAccess.LoadForChangeAsync(db, user, id, ct)).TryGet(out var cluster, out var refused))
        {
            return refused;
        }

        return await SaveAsync(db, user, cluster, expectedVersion, () => cluster.RemoveMember(unitId, reason, Actor.Of(user, db.Time)), ct);
    }

    public static async Task<Result<ClusterDto>> SetLeadersAsync(AppDbContext db, CurrentUser user, Guid id, LeadersInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await ClusterAccess.LoadForChangeAsync(db, user, id, ct)).TryGet(out var cluster, out var refused))
        {
            return refused;
        }

        return await SaveAsync(db, user, cluster, expectedVersion,
            () => cluster.SetLeaders(input.LeaderUnitId, input.DeputyUnitId, input.Reason, Actor.Of(user, db.Time)), ct);
    }

    private static async Task<Result<ClusterDto>> SaveAsync(AppDbContext db, CurrentUser user, EmulationCluster cluster, int? expectedVersion,
        Func<AppError?> change, CancellationToken ct)
    {
        if (db.Expect(cluster, expectedVersion) is { } stale)
        {
            return stale;
        }

        if (change() is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return await GetCluster.HandleAsync(db, user, cluster.Id, ct);
    }
}
