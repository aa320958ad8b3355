using DanVan.Features.Accounts;
using DanVan.Features.Nominations;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Consultations;

/// <summary>
/// Work list: for a reviewer of the level that asked (<see cref="Routing.LevelsOf"/>), each consultation still waiting
/// for its reply, due by its due date; once overdue, the item asks to record the silence (or the late reply). For whoever
/// answers for the consulted unit (<see cref="ConsultationAccess.Addressed"/>), each request not answered yet while its
/// dossier is examined: the reply to give, by the due date (after it, still possible and marked late).
/// </summary>
public sealed class ConsultationsWork : IWorkProvider
{
    public const string Kind = "consultations.reply";

    /// <summary>The consulted unit's item: its reply to give.</summary>
    public const string AnswerKind = "consultations.answer";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var asked = await AskedAsync(db, user, query, ct);
        var addressed = await AddressedAsync(db, user, query, ct);
        return new WorkBatch([.. asked.Items, .. addressed.Items], asked.Total + addressed.Total);
    }

    /// <summary>The level's requests still waiting for a reply.</summary>
    private static async Task<WorkBatch> AskedAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
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

    /// <summary>The requests addressed to a unit the user answers for, not answered yet, while the dossier is still examined: the reply to give.</summary>
    private static async Task<WorkBatch> AddressedAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var open = ConsultationAccess.Addressed(db, user).AsNoTracking().ToAnswer(db);
        var total = await open.CountAsync(ct);
        if (total == 0)
        {
            return new WorkBatch([], 0);
        }

        var rows = await open.OrderBy(c => c.DueOn).ThenBy(c => c.Id).Take(query.Take)
            .Select(c => new { c.Id, Unit = c.ConsultedUnitId!.Value, c.DueOn, UnitName = db.Units.Where(u => u.Id == c.ConsultedUnitId).Select(u => u.Name).First(),
                Level = db.Units.Where(u => u.Id == c.LevelUnitId).Select(u => u.Name).First(),
                DossierUnit = db.Dossiers.Where(d => d.Id == c.DossierId).Select(d => db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).First()).First() })
            .ToListAsync(ct);
        return new WorkBatch(rows.Select(c => WorkItem.Due(AnswerKind, "Cho ý kiến", $"Trả lời {c.Level} về hồ sơ đề nghị khen thưởng của {c.DossierUnit}", c.Unit,
                c.UnitName, c.DueOn, query, $"/Consultations/Addressed#consultation-{c.Id}",
                c.DueOn < query.Today ? "Đã quá hạn trả lời: vẫn gửi được, ý kiến được ghi là trả lời muộn." : null))
            .ToList(), total);
    }
}
