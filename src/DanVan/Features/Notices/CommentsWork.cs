using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>
/// Work list: a published notice of a unit where the user manages the council (<see cref="NoticeAccess"/>) that holds
/// comments without a disposition — one item per notice, with how many wait and the oldest; due by the notice's last
/// day, since the council gate (<see cref="NoticeGate"/>) keeps its nominees' items closed until every comment is handled.
/// </summary>
public sealed class CommentsWork : IWorkProvider
{
    public const string Kind = "notices.dispose";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var waiting = NoticeAccess.Visible(db, user).AsNoTracking()
            .Where(n => n.State == NoticeState.Published)
            .Select(n => new
            {
                n.Id, n.UnitId, n.Title, n.EndsOn,
                Count = db.NoticeComments.Count(c => c.NoticeId == n.Id && c.Disposition == null),
                Oldest = db.NoticeComments.Where(c => c.NoticeId == n.Id && c.Disposition == null).Min(c => (DateTime?)c.ReceivedAt),
            })
            .Where(n => n.Count > 0);
        var total = await waiting.CountAsync(ct);
        if (total == 0)
        {
            return new WorkBatch([], 0);
        }

        var rows = await waiting.OrderBy(n => n.EndsOn).ThenBy(n => n.Id).Take(query.Take)
            .Select(n => new { n.Id, n.UnitId, n.Title, n.EndsOn, n.Count, n.Oldest, Unit = db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        return new WorkBatch(rows.Select(n => WorkItem.Due(Kind, "Xử lý ý kiến góp ý", $"Xử lý {n.Count} ý kiến góp ý chưa có kết quả — {n.Title}", n.UnitId, n.Unit,
            n.EndsOn, query, $"/Notices/Details/{n.Id}",
            (n.Oldest is { } oldest ? $"Ý kiến chờ lâu nhất nhận ngày {VnTime.Date(oldest)}. " : "") + "Hội đồng chưa xét được người có tên trong thông báo khi còn ý kiến chưa xử lý."))
            .ToList(), total);
    }
}
