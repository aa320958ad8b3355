using System.Security.Claims;

namespace DanVan.Features.Accounts;

public static class DanVanClaims
{
    public const string TenantId = "danvan:tid";
    public const string FullName = "danvan:name";
    public const string SignedInAt = "danvan:signin";
}

/// <summary>The signed-in user as the rest of the code sees it: an id and a tenant. Rights are looked up in SQL.</summary>
public sealed record CurrentUser(Guid UserId, Guid TenantId, string UserName)
{
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !Guid.TryParse(principal.FindFirstValue(DanVanClaims.TenantId), out var tenantId))
        {
            return null;
        }

        return new CurrentUser(userId, tenantId, principal.Identity.Name ?? "");
    }

    public static CurrentUser Require(ClaimsPrincipal principal) =>
        From(principal) ?? throw new InvalidOperationException("An authenticated DanVan user is required here (fallback policy).");

    /// <summary>
    /// Binds a minimal-API handler's <c>CurrentUser user</c> parameter from the request's principal. Every API route is behind
    /// the fallback policy (an authenticated DanVan user), so a request without one never reaches the handler.
    /// </summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) => ValueTask.FromResult<CurrentUser?>(Require(context.User));
}
