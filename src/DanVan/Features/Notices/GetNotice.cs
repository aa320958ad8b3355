using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>One notice for the standing body: its list, the period, and per nominee how many comments came and how many wait.</summary>
public static class GetNotice
{
    public static async Task<Result<NoticeDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await NoticeAccess.Rule.FindAsync(db, user, id, ct)).TryGet(out var notice, out var error))
        {
            return error;
        }

        return await DtoAsync(db, notice, await NoticeAccess.Rule.CanAsync(db, user, notice, Permission.ManageCouncil, ct), ct);
    }

    internal static async Task<NoticeDto> DtoAsync(AppDbContext db, PublicNotice notice, bool canManage, CancellationToken ct)
    {
        var id = notice.Id;
        var entries = await db.NoticeEntries.AsNoTracking().Where(e => e.NoticeId == id).OrderBy(e => e.Position).ToListAsync(ct);
        var counts = await db.NoticeComments.AsNoTracking().Where(c => c.NoticeId == id).GroupBy(c => c.EntryId)
            .Select(g => new { EntryId = g.Key, All = g.Count(), Waiting = g.Count(c => c.Disposition == null) }).ToListAsync(ct);
        var unitName = await db.Units.Where(u => u.Id == notice.UnitId).Select(u => u.Name).FirstAsync(ct);
        var phase = notice.PhaseOn(VnTime.Today(db.Time));
        return new NoticeDto(notice.Id, notice.UnitId, unitName, notice.RoundId, notice.Title, notice.StartsOn, notice.WorkingDays, notice.EndsOn,
            notice.EndsProvisional, notice.State, phase, phase.Label(), notice.PublishedAt, notice.Version, canManage,
            entries.Select(e => new EntryDto(e.Id, e.NomineeId, e.Position, e.Name, e.UnitName, e.AwardName, e.Summary,
                counts.Where(c => c.EntryId == e.Id).Sum(c => c.All), counts.Where(c => c.EntryId == e.Id).Sum(c => c.Waiting))).ToList());
    }
}
