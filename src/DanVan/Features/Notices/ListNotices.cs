using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>The notices the caller manages, newest start first, with how many comments came and wait.</summary>
public static class ListNotices
{
    public const int Max = 200;

    public static async Task<IReadOnlyList<NoticeSummary>> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var rows = await NoticeAccess.Visible(db, user).AsNoTracking().OrderByDescending(n => n.StartsOn).ThenByDescending(n => n.Id).Take(Max)
            .Select(n => new
            {
                Notice = n,
                UnitName = db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).First(),
                Entries = db.NoticeEntries.Count(e => e.NoticeId == n.Id),
                Comments = db.NoticeComments.Count(c => c.NoticeId == n.Id),
                Waiting = db.NoticeComments.Count(c => c.NoticeId == n.Id && c.Disposition == null),
            }).ToListAsync(ct);
        var today = VnTime.Today(db.Time);
        return rows.Select(r =>
        {
            var phase = r.Notice.PhaseOn(today);
            return new NoticeSummary(r.Notice.Id, r.Notice.Title, r.UnitName, r.Notice.StartsOn, r.Notice.EndsOn, phase, phase.Label(), r.Entries, r.Comments,
                r.Waiting);
        }).ToList();
    }
}
