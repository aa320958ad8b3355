using System.Security.Claims;
using System.Text.Encodings.Web;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Features.Accounts;

/// <summary>
/// "Authorization: Bearer dvk_…": a personal access token acting with its owner's rights. A usable token's owner is
/// kept for a short window (<see cref="AccessTokenCache"/>), so most requests do not read the token again.
/// </summary>
internal sealed class AccessTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, AuditActor actor, TimeProvider time, MfaPolicy mfa, AccessTokenCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var plain = header["Bearer ".Length..].Trim();
        var hash = AccessToken.Hash(plain);
        var now = time.GetUtcNow().UtcDateTime;
        if (cache.Find(hash) is { } known && now < known.ExpiresAt)
        {
            return Success(known);
        }

        var epoch = cache.Epoch;
        var mfaRoles = mfa.Roles.ToArray();
        var found = await db.AccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new
            {
                Token = t, u.UserName, u.FullName, u.IsDisabled, u.TwoFactorEnabled,
                MfaRequired = db.RoleAssignments.Any(a => a.UserId == u.Id && mfaRoles.Contains(a.Role)),
            })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null)
        {
            return AuthenticateResult.Fail("Mã truy cập không hợp lệ."); // unknown strings are not audited: no write per garbage request
        }

        if (found.IsDisabled || !found.Token.IsUsable(now) || (found.MfaRequired && !found.TwoFactorEnabled))
        {
            await AuditLog.RecordAsync(db, actor, AuditActions.TokenRejected, found.Token.TenantId, found.Token.UserId,
                found.UserName, ct: Context.RequestAborted);
            return AuthenticateResult.Fail("Mã truy cập đã hết hạn, đã bị thu hồi, hoặc tài khoản chưa đủ điều kiện sử dụng.");
        }

        var owner = new AccessTokenCache.Owner(found.Token.UserId, found.Token.TenantId, found.UserName, found.FullName, found.Token.ExpiresAt);
        cache.Keep(hash, owner, epoch);
        return Success(owner);
    }

    private static AuthenticateResult Success(AccessTokenCache.Owner owner)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, owner.UserId.ToString()),
            new Claim(ClaimTypes.Name, owner.UserName ?? ""),
            new Claim(DanVanClaims.TenantId, owner.TenantId.ToString()),
            new Claim(DanVanClaims.FullName, owner.FullName),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
