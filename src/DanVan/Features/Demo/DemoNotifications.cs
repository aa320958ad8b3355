using DanVan.Features.Notifications;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// Notifications for every demo account, written as the features would have raised them: two read (older), two unread
/// (this week), so the bell, the page and the first digest have something to show. Marked as mailed, so that a demo
/// pointed at a real SMTP server does not mail last week's news.
/// </summary>
public static class DemoNotifications
{
    public static async Task SeedAsync(AppDbContext db, Guid tenantId, DateTime now)
    {
        var users = await db.Users.Where(u => u.TenantId == tenantId).Select(u => u.Id).ToListAsync();
        var samples = new (NotificationKind Kind, string Title, string Body, string Link, int DaysAgo, bool Read)[]
        {
            (NotificationKind.PlanDeadlineExtended, "Gia hạn kế hoạch", "Hạn ban hành kế hoạch thực hiện phong trào “Dân vận khéo” được gia hạn thêm 10 ngày. Lý do: các xã đang kiện toàn bộ máy sau sắp xếp.",
                "/Movements", 20, true),
            (NotificationKind.DecisionIssued, "Quyết định khen thưởng đã ban hành", "UBND tỉnh đã ban hành quyết định tặng Bằng khen cho các tập thể, cá nhân có thành tích trong phong trào “Dân vận khéo”.",
                "/Decisions", 12, true),
            (NotificationKind.PlanDueSoon, "Sắp đến hạn kế hoạch", "Đơn vị cần ban hành kế hoạch thực hiện phong trào thi đua trong 3 ngày làm việc tới.", "/Work", 2, false),
            (NotificationKind.BallotOpened, "Mở biểu quyết", "Hội đồng Thi đua – Khen thưởng tỉnh đã mở phiên họp xét khen thưởng; mời đồng chí theo dõi và bỏ phiếu khi được mời.",
                "/Council", 1, false),
        };
        foreach (var user in users)
        {
            foreach (var (s, i) in samples.Select((s, i) => (s, i)))
            {
                var n = new Notification(tenantId, user, s.Kind, s.Title, s.Body, s.Link, $"demo:{i}", now.AddDays(-s.DaysAgo));
                n.MarkMailed(now);
                if (s.Read)
                {
                    n.MarkRead(now.AddDays(-s.DaysAgo + 1));
                }

                db.Notifications.Add(n);
            }
        }

        await db.SaveChangesAsync();
    }
}
