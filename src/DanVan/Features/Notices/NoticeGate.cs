using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>
/// The rule the council obeys (issue 15 §2; DOMAIN §8 rule 8): a nominee on a published notice may be put to the vote only
/// once that notice has ended (today after its end date) and every comment about them has a disposition — comments naming
/// the nominee, and comments on that notice naming nobody (they may concern anyone on it). Drafts do not count.
/// </summary>
public static class NoticeGate
{
    /// <summary>Null when the nominee may be voted on today; else the Vietnamese 409 naming the end date or how many comments wait.</summary>
    public static async Task<AppError?> CheckVoteAsync(AppDbContext db, Guid tenantId, Guid nomineeId, string name, CancellationToken ct)
    {
        var status = (await StatusesAsync(db, tenantId, [nomineeId], ct)).GetValueOrDefault(nomineeId);
        return status switch
        {
            { Running: { } endsOn } => NoticeErrors.NoticeRunning(name, endsOn),
            { Waiting: > 0 } => NoticeErrors.CommentsWaiting(name, status.Waiting),
            _ => null,
        };
    }

    /// <summary>A nominee's notice status: the latest end among notices not yet ended (null when none), comments received and waiting.</summary>
    public sealed record Status(DateOnly? LastEnd, DateOnly? Running, int Comments, int Waiting)
    {
        public bool Blocks => Running is not null || Waiting > 0;

        public string Text =>
            LastEnd is not { } end ? "Không công khai lấy ý kiến"
            : Running is { } r ? $"Đang công khai lấy ý kiến đến hết ngày {VnTime.Date(r)}" + (Comments > 0 ? $"; {Comments} ý kiến" : "")
            : $"Đã công khai đến ngày {VnTime.Date(end)}; " + (Comments == 0 ? "không có ý kiến" : Waiting > 0 ? $"{Waiting}/{Comments} ý kiến chưa xử lý" : $"{Comments} ý kiến, đã xử lý hết");
    }

    /// <summary>The status of each nominee on a published notice (nominees on none are absent), in three queries.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Status>> StatusesAsync(AppDbContext db, Guid tenantId, IReadOnlyCollection<Guid> nomineeIds, CancellationToken ct)
    {
        var ids = nomineeIds.Distinct().ToList();
        var today = VnTime.Today(db.Time);
        var entries = await db.NoticeEntries.AsNoTracking().Where(e => e.TenantId == tenantId && ids.Contains(e.NomineeId))
            .Join(db.PublicNotices.Where(n => n.State == NoticeState.Published), e => e.NoticeId, n => n.Id, (e, n) => new { e.NomineeId, n.Id, n.EndsOn })
            .ToListAsync(ct);
        if (entries.Count == 0)
        {
            return new Dictionary<Guid, Status>();
        }

        var noticeIds = entries.Select(e => e.Id).Distinct().ToList();
        var comments = await db.NoticeComments.AsNoTracking().Where(c => noticeIds.Contains(c.NoticeId) && (c.NomineeId == null || ids.Contains(c.NomineeId.Value)))
            .Select(c => new { c.NoticeId, c.NomineeId, Waiting = c.Disposition == null }).ToListAsync(ct);
        return entries.GroupBy(e => e.NomineeId).ToDictionary(g => g.Key, g =>
        {
            var mine = comments.Where(c => g.Any(e => e.Id == c.NoticeId) && (c.NomineeId == null || c.NomineeId == g.Key)).ToList();
            var running = g.Where(e => e.EndsOn >= today).Select(e => (DateOnly?)e.EndsOn).Max();
            return new Status(g.Max(e => e.EndsOn), running, mine.Count, mine.Count(c => c.Waiting));
        });
    }
}
