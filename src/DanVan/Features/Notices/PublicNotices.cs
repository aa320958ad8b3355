using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>What anyone sees (no sign-in): published notices of every province and their lists — never a comment.</summary>
public static class PublicNotices
{
    public const int Max = 100;

    public static async Task<IReadOnlyList<PublicNoticeSummary>> ListAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.PublicNotices.AsNoTracking().Where(n => n.State == NoticeState.Published).OrderByDescending(n => n.StartsOn).ThenByDescending(n => n.Id)
            .Take(Max)
            .Select(n => new
            {
                Notice = n,
                Province = db.Tenants.Where(t => t.Id == n.TenantId).Select(t => t.Name).First(),
                Entries = db.NoticeEntries.Count(e => e.NoticeId == n.Id),
            }).ToListAsync(ct);
        var today = VnTime.Today(db.Time);
        return rows.Select(r =>
        {
            var phase = r.Notice.PhaseOn(today);
            return new PublicNoticeSummary(r.Notice.Id, r.Notice.Title, r.Province, r.Notice.StartsOn, r.Notice.EndsOn, phase, phase.Label(), r.Entries);
        }).ToList();
    }

    public static async Task<Result<PublicNoticeDto>> GetAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var n = await db.PublicNotices.AsNoTracking().Include(x => x.Entries).FirstOrDefaultAsync(x => x.Id == id && x.State == NoticeState.Published, ct);
        if (n is null)
        {
            return NoticeErrors.NoticeNotFound;
        }

        var province = await db.Tenants.Where(t => t.Id == n.TenantId).Select(t => t.Name).FirstAsync(ct);
        var issuer = await db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstAsync(ct);
        var phase = n.PhaseOn(VnTime.Today(db.Time));
        return new PublicNoticeDto(n.Id, n.Title, province, issuer, n.StartsOn, n.WorkingDays, n.EndsOn, phase, phase.Label(),
            n.Entries.OrderBy(e => e.Position).Select(e => new PublicEntryDto(e.Id, e.Position, e.Name, e.UnitName, e.AwardName, e.Summary)).ToList());
    }
}
