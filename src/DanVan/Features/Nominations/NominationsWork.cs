using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// Work list, in open rounds: for the proposing unit (ProposeNominations on it), its dossier returned — with the first
/// reason of the notice (a nominee's before the whole dossier's, as the items of one return share their time) — or
/// still a draft, due by the round's unit deadline; for a level (ReviewNominations assigned at exactly that unit,
/// <see cref="Routing.LevelsOf"/>), the dossiers it holds, one item per round with the count and the oldest submission,
/// due by the superiors' deadline when the level forwards (none at Sở Nội vụ, which decides).
/// </summary>
public sealed class NominationsWork : IWorkProvider
{
    public const string UnitKind = "nominations.dossier";
    public const string ReviewKind = "nominations.review";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var proposing = db.Units.VisibleTo(db, user, Permission.ProposeNominations).Select(u => u.Id);
        var levels = Routing.LevelsOf(db, user);
        var open = db.NominationRounds.Where(r => r.TenantId == tenantId && r.Status == NominationRoundStatus.Open);
        var own = db.Dossiers.AsNoTracking()
            .Where(d => d.TenantId == tenantId && (d.Status == DossierStatus.Draft || d.Status == DossierStatus.Returned) && proposing.Contains(d.UnitId))
            .Join(open, d => d.RoundId, r => r.Id, (d, r) => new { d.Id, d.UnitId, d.Status, Deadline = r.UnitDue, r.Name });
        var held = db.Dossiers.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.Status == DossierStatus.Submitted && levels.Contains(d.HeldByUnitId!.Value))
            .Join(open, d => d.RoundId, r => r.Id, (d, r) => new { d.RoundId, Level = d.HeldByUnitId!.Value, d.SubmittedAt, r.Name, r.SuperiorDue })
            .GroupBy(d => new { d.RoundId, d.Level, d.Name, d.SuperiorDue })
            .Select(g => new { g.Key.RoundId, g.Key.Level, g.Key.Name, g.Key.SuperiorDue, Count = g.Count(), Oldest = g.Min(d => d.SubmittedAt) });
        var ownTotal = await own.CountAsync(ct);
        var heldRows = await held.ToListAsync(ct); // one row per round and level: few
        if (ownTotal + heldRows.Count == 0)
        {
            return new WorkBatch([], 0);
        }

        var first = await own.OrderBy(d => d.Deadline).ThenBy(d => d.Id).Take(query.Take)
            .Select(d => new
            {
                d.Id, d.UnitId, d.Status, d.Deadline, d.Name,
                Unit = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).First(),
                Reason = db.DossierReturnItems.Where(i => i.DossierId == d.Id && i.Open)
                    .OrderBy(i => i.At).ThenBy(i => i.NomineeName == null).ThenBy(i => i.NomineeName).ThenBy(i => i.Reason)
                    .Select(i => i.NomineeName == null ? i.Reason : i.NomineeName + ": " + i.Reason).FirstOrDefault(),
                Reasons = db.DossierReturnItems.Count(i => i.DossierId == d.Id && i.Open),
            })
            .ToListAsync(ct);
        var levelIds = heldRows.Select(r => r.Level).Distinct().ToList();
        var levelUnits = await db.Units.Where(u => levelIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new { u.Name, IsRoot = u.ParentId == null }, ct);

        var items = first.Select(d => d.Status == DossierStatus.Returned
                ? WorkItem.Due(UnitKind, "Bổ sung hồ sơ đề nghị khen thưởng", $"Bổ sung hồ sơ đề nghị khen thưởng bị trả lại — {d.Name}", d.UnitId, d.Unit,
                    d.Deadline, query, $"/Nominations/Dossier/{d.Id}", d.Reasons > 1 ? $"{d.Reason} (và {d.Reasons - 1} nội dung khác)" : d.Reason)
                : WorkItem.Due(UnitKind, "Gửi hồ sơ đề nghị khen thưởng", $"Hoàn thiện và gửi hồ sơ đề nghị khen thưởng — {d.Name}", d.UnitId, d.Unit,
                    d.Deadline, query, $"/Nominations/Dossier/{d.Id}", "Hồ sơ đang soạn, chưa gửi."))
            .Concat(heldRows.Select(r => WorkItem.Due(ReviewKind, "Xét hồ sơ đề nghị khen thưởng",
                $"Xét {r.Count} hồ sơ đề nghị khen thưởng đang chờ — {r.Name}", r.Level, levelUnits[r.Level].Name,
                levelUnits[r.Level].IsRoot ? null : r.SuperiorDue, query, $"/Nominations/Round/{r.RoundId}?status={DossierStatus.Submitted}",
                r.Oldest is { } oldest ? $"Hồ sơ chờ lâu nhất gửi ngày {VnTime.Date(oldest)}." : null)))
            .OrderBy(i => i.Deadline is null).ThenBy(i => i.Deadline).ThenBy(i => i.Link, StringComparer.Ordinal)
            .Take(query.Take)
            .ToList();
        return new WorkBatch(items, ownTotal + heldRows.Count);
    }
}
