using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts;

public static class AccountsApi
{
    public sealed record AssignmentDto(Role Role, string RoleName, Guid UnitId, string UnitName, bool IncludeDescendants);

    public sealed record MeDto(Guid Id, string UserName, string FullName, Guid TenantId, string TenantName,
        bool TwoFactorEnabled, IReadOnlyList<AssignmentDto> Assignments);

    public sealed record TokenDto(Guid Id, string Name, string Hint, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt);

    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/tokens", (AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditActor actor,
                    SignInGuard guard, MfaPolicy mfa, IssueToken.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => IssueToken.HandleAsync(db, users, signIn, actor, guard, mfa, input, ct)))
            .AllowAnonymous().RequireRateLimiting(AccountsServices.LoginRateLimit)
            .WithTags("Tài khoản (Accounts)").WithSummary("Cấp mã truy cập cá nhân (Bearer) từ tên đăng nhập, mật khẩu và mã TOTP");

        api.MapGet("/tokens", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
            {
                var me = user;
                return TypedResults.Ok(await db.AccessTokens.AsNoTracking().Where(t => t.UserId == me.UserId && t.TenantId == me.TenantId)
                    .OrderByDescending(t => t.CreatedAt).Select(t => new TokenDto(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.RevokedAt))
                    .ToListAsync(ct));
            })
            .WithTags("Tài khoản (Accounts)").WithSummary("Các mã truy cập của tôi");

        api.MapDelete("/tokens/{id:guid}", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
            {
                var me = user;
                var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == me.UserId && t.TenantId == me.TenantId, ct);
                if (token is null)
                {
                    return ApiResults.Ok<TokenDto>(AppError.NotFound("mã truy cập"));
                }

                token.Revoke(db.Time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                return ApiResults.Ok<TokenDto>(new TokenDto(token.Id, token.Name, token.Hint, token.CreatedAt, token.ExpiresAt, token.RevokedAt));
            })
            .WithTags("Tài khoản (Accounts)").WithSummary("Thu hồi một mã truy cập");

        api.MapGet("/me", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await GetMeAsync(db, user, ct)))
            .WithTags("Tài khoản (Accounts)").WithSummary("Người dùng hiện tại và các phân quyền");
        return api;
    }

    public static async Task<MeDto> GetMeAsync(AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == me.UserId)
            .Select(u => new { u.UserName, u.FullName, u.TwoFactorEnabled, Tenant = db.Tenants.Where(t => t.Id == u.TenantId).Select(t => t.Name).First() })
            .FirstAsync(ct);
        var assignments = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == me.UserId && a.TenantId == me.TenantId)
            .Select(a => new { a.Role, a.UnitId, UnitName = a.Unit!.Name, a.IncludeDescendants }).ToListAsync(ct);
        return new MeDto(me.UserId, user.UserName ?? "", user.FullName, me.TenantId, user.Tenant, user.TwoFactorEnabled,
            assignments.Select(a => new AssignmentDto(a.Role, RolePermissions.Label(a.Role), a.UnitId, a.UnitName, a.IncludeDescendants)).ToList());
    }
}
