using System.Diagnostics;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;

namespace DanVan.Infrastructure.Web;

/// <summary>Per-request plumbing: security headers, correlation id, the audit actor, and the admin MFA gate.</summary>
public static class RequestContext
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var h = ctx.Response.Headers;
        h["X-Content-Type-Options"] = "nosniff";
        h["X-Frame-Options"] = "DENY";
        h["Referrer-Policy"] = "strict-origin-when-cross-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h.ContentSecurityPolicy = ctx.Request.Path.StartsWithSegments("/swagger")
            ? "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
            : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
        await next();
    });

    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var correlation = ctx.Request.Headers[CorrelationHeader].ToString();
        if (string.IsNullOrWhiteSpace(correlation) || correlation.Length > AuditEntry.CorrelationMax)
        {
            correlation = Activity.Current?.TraceId.ToString() ?? ctx.TraceIdentifier;
        }

        ctx.Response.Headers[CorrelationHeader] = correlation;
        ctx.Response.OnStarting(() =>
        {
            ctx.Response.Headers[CorrelationHeader] = correlation; // again: an answer from the output cache brings its own headers
            return Task.CompletedTask;
        });
        var actor = ctx.RequestServices.GetRequiredService<AuditActor>();
        actor.CorrelationId = correlation;
        actor.Ip = ctx.Connection.RemoteIpAddress?.ToString();
        var user = CurrentUser.From(ctx.User);
        actor.UserId = user?.UserId;
        actor.TenantId = user?.TenantId;
        actor.UserName = user?.UserName ?? "anonymous";
        await next();

        // Every authorization denial is audited, whichever layer refused (policy, page or handler).
        // The access-denied page itself answers 403 after a page policy's redirect, which AccessAudit has recorded already.
        if (ctx.Response.StatusCode == StatusCodes.Status403Forbidden && user is not null
            && !ctx.Request.Path.StartsWithSegments(Features.Accounts.AccessAudit.AccessDeniedPath))
        {
            var db = ctx.RequestServices.GetRequiredService<AppDbContext>();
            var target = $"{ctx.Request.Method} {ctx.Request.Path}";
            await AuditLog.RecordAsync(db, actor, AuditActions.AccessDenied,
                detail: System.Text.Json.JsonSerializer.Serialize(new[] { new AuditTrail.FieldChange("Request", null, target[..Math.Min(target.Length, 300)]) }));
        }
    });

    /// <summary>
    /// A browser's cookie must not be enough to change data through the API (a cross-site request carries it): a
    /// cookie-authenticated POST/PUT/PATCH/DELETE on /api needs the anti-forgery token of one of our pages in the
    /// "RequestVerificationToken" header. Bearer clients are not browsers and need none; reads are unaffected.
    /// </summary>
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var request = ctx.Request;
        if (request.Path.StartsWithSegments("/api")
            && ctx.GetEndpoint()?.Metadata.GetMetadata<AntiforgeryCheckedByEndpoint>() is null
            && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            && ctx.User.Identity?.IsAuthenticated == true
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && !await ctx.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>().IsRequestValidAsync(ctx))
        {
            await AppError.BadAntiforgery.ToProblem().ExecuteAsync(ctx);
            return;
        }

        await next();
    });

    private static readonly string[] MfaSetupPaths = ["/Account/Mfa", "/Account/Logout", "/Account/Login", "/Account/AccessDenied", "/lib", "/css", "/js", "/favicon.svg"];

    /// <summary>Administrators who have not enabled TOTP may only reach the MFA setup page (and sign out).</summary>
    public static IApplicationBuilder UseAdminMfaGate(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.HasClaim(c => c.Type == DanVanClaimsFactory.MfaSetupRequired)
            && !MfaSetupPaths.Any(p => ctx.Request.Path.StartsWithSegments(p)))
        {
            if (ctx.Request.Path.StartsWithSegments("/api"))
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            ctx.Response.Redirect("/Account/Mfa");
            return;
        }

        await next();
    });
}

/// <summary>
/// Marks an endpoint that checks a cookie request's anti-forgery token itself, after its own limits (the Excel imports
/// read a 20 MB multipart body under their own size rules; the middleware above must not read it first).
/// </summary>
public sealed class AntiforgeryCheckedByEndpoint
{
    public static readonly AntiforgeryCheckedByEndpoint Instance = new();

    private AntiforgeryCheckedByEndpoint()
    {
    }
}
