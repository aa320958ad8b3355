using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Features.Notifications;

/// <summary>How many notifications were marked read.</summary>
public sealed record MarkedRead(int Marked);

public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Thông báo (Notifications)");
        me.MapGet("/notifications", async (AppDbContext db, CurrentUser user, int? page, int? pageSize, bool? unread, CancellationToken ct) =>
                TypedResults.Ok(await MyNotifications.ListAsync(db, user, page, pageSize, unread == true, ct)))
            .WithSummary("Thông báo của tôi, mới nhất trước, có số chưa đọc");
        me.MapPost("/notifications/{id:guid}/read", async Task<Results<NoContent, ProblemHttpResult>> (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                await MyNotifications.MarkReadAsync(db, user, id, ct) ? TypedResults.NoContent() : AppError.NotFound("thông báo").ToProblem())
            .WithSummary("Đánh dấu một thông báo của tôi là đã đọc");
        me.MapPost("/notifications/read-all", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(new MarkedRead(await MyNotifications.MarkAllReadAsync(db, user, ct))))
            .WithSummary("Đánh dấu mọi thông báo của tôi là đã đọc");
        me.MapGet("/notification-preferences", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await MyNotifications.PreferencesAsync(db, user, ct)))
            .WithSummary("Cách nhận thư điện tử của tôi: gửi ngay việc khẩn hay tổng hợp hằng ngày; các loại đã hủy nhận");
        me.MapPut("/notification-preferences", async (AppDbContext db, CurrentUser user, PreferencesInput input, CancellationToken ct) =>
                await ApiResults.Write(input, () => MyNotifications.SetPreferencesAsync(db, user, input, ct)))
            .WithSummary("Đặt cách nhận thư điện tử của tôi");
        return api;
    }
}
