using DanVan.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notifications;

/// <summary>Daily: notifications are kept one year (<see cref="NotificationSettings.KeepDays"/>), then deleted.</summary>
public sealed class CleanupNotifications(NotificationSettings settings) : IJobHandler
{
    public const string KindName = "notifications.cleanup";

    public string Kind => KindName;

    public async Task RunAsync(JobContext context, CancellationToken ct)
    {
        var before = context.Db.Time.GetUtcNow().UtcDateTime.AddDays(-settings.KeepDays);
        var deleted = await context.Db.Notifications.Where(n => n.CreatedAt < before).ExecuteDeleteAsync(ct);
        await context.ReportAsync(100, $"Đã xóa {deleted} thông báo quá hạn lưu", ct);
    }
}
