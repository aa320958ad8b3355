using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>Keeps the materialised paths of a moved unit's subtree (and of role assignments on it) in step.</summary>
public static class SubtreePaths
{
    /// <summary>How many levels lie below the unit at <paramref name="path"/> (0 for a leaf).</summary>
    public static async Task<int> HeightAsync(AppDbContext db, Guid tenantId, string path, int depth, CancellationToken ct) =>
        await db.Units.Where(u => u.TenantId == tenantId && u.Path.StartsWith(path)).MaxAsync(u => u.Depth, ct) - depth;

    /// <summary>
    /// After a unit moved from <paramref name="oldPath"/> (its own row already saved), rewrites its descendants and the
    /// role assignments under it in two set-based updates. Call inside the transaction of the move.
    /// </summary>
    public static async Task RewriteAsync(AppDbContext db, Guid tenantId, Guid unitId, string oldPath, string newPath, int depthShift, CancellationToken ct)
    {
        await db.Units.Where(u => u.TenantId == tenantId && u.Path.StartsWith(oldPath) && u.Id != unitId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Path, u => newPath + u.Path.Substring(oldPath.Length, u.Path.Length - oldPath.Length))
                .SetProperty(u => u.Depth, u => u.Depth + depthShift), ct);
        await db.RoleAssignments.Where(a => a.TenantId == tenantId && a.UnitPath.StartsWith(oldPath))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.UnitPath, a => newPath + a.UnitPath.Substring(oldPath.Length, a.UnitPath.Length - oldPath.Length)), ct);
    }
}
