using DanVan.Features.Models;
using DanVan.Features.Units;
using DanVan.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Data;

/// <summary>One invariant and how many rows break it (0 when it holds).</summary>
public sealed record InvariantResult(string Name, long Broken, string? Detail = null)
{
    public bool Holds => Broken == 0;
}

/// <summary>
/// The data's invariants, checked over the whole database (verb <c>check-invariants</c>; run after every fault test):
/// every row's tenant is its unit's tenant, unit paths and depths match the tree, every model's state has the history
/// row that led to it, foreign keys hold (SQLite checks them only when asked), and the audit chain verifies against its
/// checkpoints. Each check is one set-based query, never a loop of queries.
/// </summary>
public static class Invariants
{
    public static async Task<List<InvariantResult>> CheckAsync(AppDbContext db, string checkpointFile, CancellationToken ct)
    {
        var results = new List<InvariantResult>
        {
            new("Cán bộ cùng tỉnh với đơn vị của mình",
                await db.People.CountAsync(x => db.Units.Any(u => u.Id == x.UnitId && u.TenantId != x.TenantId), ct)),
            new("Phân quyền cùng tỉnh với đơn vị được giao",
                await db.RoleAssignments.CountAsync(x => db.Units.Any(u => u.Id == x.UnitId && u.TenantId != x.TenantId), ct)),
            new("Văn bản cùng tỉnh với đơn vị quản lý",
                await db.Documents.CountAsync(x => db.Units.Any(u => u.Id == x.OwnerUnitId && u.TenantId != x.TenantId), ct)),
            new("Phong trào cùng tỉnh với đơn vị phát động",
                await db.Movements.CountAsync(x => db.Units.Any(u => u.Id == x.LaunchingUnitId && u.TenantId != x.TenantId), ct)),
            new("Nghĩa vụ ban hành kế hoạch cùng tỉnh với đơn vị",
                await db.PlanObligations.CountAsync(x => db.Units.Any(u => u.Id == x.UnitId && u.TenantId != x.TenantId), ct)),
            new("Bản đăng ký thi đua cùng tỉnh với đơn vị",
                await db.Registrations.CountAsync(x => db.Units.Any(u => u.Id == x.UnitId && u.TenantId != x.TenantId), ct)),
            new("Mô hình cùng tỉnh với đơn vị",
                await db.DvkModels.CountAsync(x => db.Units.Any(u => u.Id == x.UnitId && u.TenantId != x.TenantId), ct)),
            new("Phiếu chấm theo bộ tiêu chí của tỉnh mình, đủ điểm từng tiêu chí",
                await db.ModelReviews.CountAsync(x => db.ModelRubrics.Any(r => r.Id == x.RubricId && r.TenantId != x.TenantId)
                    || db.ModelRubricCriteria.Count(c => c.RubricId == x.RubricId) != x.Scores.Count
                    || x.Scores.Any(s => !db.ModelRubricCriteria.Any(c => c.RubricId == x.RubricId && c.Code == s.Code)), ct)),
            new("Đơn vị cùng tỉnh với đơn vị cấp trên",
                await db.Units.CountAsync(x => x.ParentId != null && db.Units.Any(p => p.Id == x.ParentId && p.TenantId != x.TenantId), ct)),
            await TreeAsync(db, ct),
            // A model past its draft got there by a transition, and the entity writes the history row of each one.
            new("Trạng thái của mỗi mô hình có bước lịch sử dẫn tới nó",
                await db.DvkModels.CountAsync(m => m.Status != ModelStatus.Draft
                    && !db.ModelEvents.Any(e => e.ModelId == m.Id && e.ToStatus == m.Status), ct)),
        };

        if (db.Database.IsSqlite())
        {
            var broken = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM pragma_foreign_key_check").SingleAsync(ct);
            results.Add(new("Khóa ngoại (SQLite)", broken));
        }

        var chainBreak = await AuditLog.VerifyStoredAsync(db, ct);
        results.Add(new("Chuỗi băm nhật ký kiểm toán", chainBreak is null ? 0 : 1, chainBreak is null ? null : $"hỏng từ bản ghi số {chainBreak}"));
        var missing = await AuditCheckpoints.CheckAsync(db, checkpointFile, ct);
        results.Add(new("Nhật ký khớp các mốc kiểm tra", missing is null ? 0 : 1, missing));
        var files = await db.Files.BrokenAsync(await db.ReferencedFiles().ToListAsync(ct), ct);
        results.Add(new("Mọi tệp đính kèm có trong kho tệp, đúng mã SHA-256", files.Count,
            files.Count == 0 ? null : "thiếu hoặc hỏng: " + string.Join(", ", files.Take(5)) + (files.Count > 5 ? ", …" : "")));
        return results;
    }

    /// <summary>Paths and depths are derived from the parent links; read once (ids, parents, paths only) and compared.</summary>
    private static async Task<InvariantResult> TreeAsync(AppDbContext db, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Path, u.Depth }).ToDictionaryAsync(u => u.Id, ct);
        long broken = 0;
        foreach (var unit in units.Values)
        {
            var expected = unit.ParentId is { } parentId && units.TryGetValue(parentId, out var parent)
                ? (parent.Path + Unit.PathSegment(unit.Id), parent.Depth + 1)
                : ("/" + Unit.PathSegment(unit.Id), 0);
            if (unit.ParentId is { } p && !units.ContainsKey(p) || (unit.Path, unit.Depth) != expected)
            {
                broken++;
            }
        }

        return new("Đường dẫn và cấp của đơn vị khớp cây đơn vị", broken);
    }
}
