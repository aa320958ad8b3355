using System.Threading.RateLimiting;
using DanVan.Features.Accounts;

namespace DanVan.Features.Notices;

public static class NoticesServices
{
    /// <summary>Comments from one address on one notice: <see cref="CommentsPerWindow"/> per <see cref="CommentWindow"/>; then 429.</summary>
    public const string CommentRateLimit = "notice-comments";

    public const int CommentsPerWindow = 5;
    public static readonly TimeSpan CommentWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The staff pages need ViewAwards somewhere, like the council's (every role holds it); which notices a caller sees —
    /// those they manage — is checked by the handlers. The public pages are in Features/Public/Notices.
    /// </summary>
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.RequirePermissionForFolder(Permission.ViewAwards, "/Notices");
        services.AddRateLimiter(o => o.AddPolicy(CommentRateLimit, ctx => HttpMethods.IsPost(ctx.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter($"{ctx.Connection.RemoteIpAddress}|{ctx.Request.RouteValues["id"]}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = CommentsPerWindow, Window = CommentWindow, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read")));
        return services;
    }
}
