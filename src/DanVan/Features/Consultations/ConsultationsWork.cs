using DanVan.Features.Accounts;
using DanVan.Features.Nominations;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Consultations;

/// <summary>
/// Work list: for a reviewer of the level that asked (<see cref="Routing.LevelsOf"/>), each consultation still waiting
/// for its reply, due by its due date; once overdue, the item asks to record the silence (or the late reply).
/// </summary>
public sealed class ConsultationsWork : IWorkProvider
{
    public const string Kind = "consultations.reply";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var levels = Routing.LevelsOf(db, user);
        var tenantId = user.TenantId;
        var waiting = db.Consultations.AsNoTracking().Where(c => c.TenantId == tenantId && c.State == ConsultationState.Waiting && levels.Contains(c.LevelUnitId));
        var total = await waiting.CountAsync(ct);
        if (total == 0)
        {
            return new WorkBatch([], 0);
        }

        var rows = await waiting.OrderBy(c => c.DueOn).ThenBy(c => c.Id).Take(query.Take)
            .Select(c => new { c.DossierId, c.LevelUnitId, c.Body, c.DueOn, Unit = db.Units.Where(u => u.Id == c.LevelUnitId).Select(u => u.Name).First(),
                DossierUnit = db.Dossiers.Where(d => d.Id == c.DossierId).Select(d => db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).First()).First() })
            .ToListAsync(ct);
        return new WorkBatch(rows.Select(c => c.DueOn < query.Today
                ? WorkItem.Due(Kind, "Lấy ý kiến", $"Ghi nhận trả lời hoặc không trả lời của {c.Body} — hồ sơ {c.DossierUnit}", c.LevelUnitId, c.Unit, c.DueOn, query,
                    $"/Consultations/{c.DossierId}", "Đã hết hạn trả lời: ghi nhận văn bản đến muộn hoặc “không trả lời trong thời hạn”.")
                : WorkItem.Due(Kind, "Lấy ý kiến", $"Chờ {c.Body} trả lời — hồ sơ {c.DossierUnit}", c.LevelUnitId, c.Unit, c.DueOn, query,
                    $"/Consultations/{c.DossierId}"))
            .ToList(), total);
    }
}
