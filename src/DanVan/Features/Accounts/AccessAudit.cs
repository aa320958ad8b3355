using System.Text.Json;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Accounts;

/// <summary>
/// Audits the denials that do not answer 403 (a 403 is audited by RequestContext.UseAuditActor): a page policy
/// refusing a signed-in user, which redirects to the access-denied page, and a 404 for an object that exists outside
/// the caller's scope (flagged in <see cref="AuditActor.OutOfScope"/> by <see cref="Access"/> and the detail reads).
/// A startup filter, so it wraps the whole pipeline and writes after the endpoint has finished (its transaction closed).
/// </summary>
internal sealed class AccessAudit : IStartupFilter
{
    public const string AccessDeniedPath = "/Account/AccessDenied";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (ctx, nextMiddleware) =>
        {
            await nextMiddleware();
            var actor = ctx.RequestServices.GetRequiredService<AuditActor>();
            if (actor.UserId is null || Reason(ctx, actor) is not { } reason)
            {
                return;
            }

            var target = $"{ctx.Request.Method} {ctx.Request.Path}{ctx.Request.QueryString}";
            await AuditLog.RecordAsync(ctx.RequestServices.GetRequiredService<AppDbContext>(), actor, AuditActions.AccessDenied,
                detail: JsonSerializer.Serialize(new[]
                {
                    new AuditTrail.FieldChange("Request", null, target[..Math.Min(target.Length, 300)]),
                    new AuditTrail.FieldChange("Reason", null, reason),
                }));
        });
        next(app);
    };

    private static string? Reason(HttpContext ctx, AuditActor actor) => ctx.Response.StatusCode switch
    {
        StatusCodes.Status302Found when IsAccessDenied(ctx.Response.Headers.Location.ToString()) => "Không có quyền vào trang",
        StatusCodes.Status404NotFound when actor.OutOfScope is { } what => $"Ngoài phạm vi được xem: {what}",
        _ => null,
    };

    /// <summary>The cookie handler redirects to the access-denied page by an absolute URL (with a return URL).</summary>
    private static bool IsAccessDenied(string location) =>
        Uri.TryCreate(location, UriKind.RelativeOrAbsolute, out var uri)
        && (uri.IsAbsoluteUri ? uri.AbsolutePath : location.Split('?')[0]).Equals(AccessDeniedPath, StringComparison.OrdinalIgnoreCase);
}
