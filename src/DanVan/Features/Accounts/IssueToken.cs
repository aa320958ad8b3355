using System.ComponentModel.DataAnnotations;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Features.Accounts;

/// <summary>POST /api/v1/tokens: exchanges username + password (+ TOTP when enabled) for a personal access token.</summary>
public static class IssueToken
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(30);

    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [StringLength(AppUser.UserNameMax, ErrorMessage = "Tên đăng nhập không được dài quá {1} ký tự.")]
        public string? Username { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [StringLength(200, ErrorMessage = "Mật khẩu không được dài quá {1} ký tự.")]
        public string? Password { get; set; }

        [StringLength(10, ErrorMessage = "Mã xác thực không hợp lệ.")]
        public string? Totp { get; set; }

        [StringLength(AccessToken.NameMax, ErrorMessage = "Tên mã truy cập không được dài quá {1} ký tự.")]
        public string? Name { get; set; }

        [Range(1, 90, ErrorMessage = "Thời hạn mã truy cập từ {1} đến {2} ngày.")]
        public int? Days { get; set; }
    }

    public sealed record Output(string Token, DateTime ExpiresAt);

    public static readonly AppError BadCredentials = new("auth.bad_credentials", "Tên đăng nhập hoặc mật khẩu không đúng.", null, ErrorKind.Invalid);
    public static readonly AppError LockedOut = new("auth.locked_out", "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.", null, ErrorKind.Forbidden);
    public static readonly AppError TotpRequired = new("auth.totp_required", "Vui lòng nhập mã xác thực hai lớp (TOTP) hợp lệ.", "Totp");
    public static readonly AppError MfaSetupRequired = new("auth.mfa_setup_required", "Quản trị viên phải bật xác thực hai lớp trên trang web trước khi dùng API.", null, ErrorKind.Forbidden);

    public static async Task<Result<Output>> HandleAsync(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        AuditActor actor, Input input, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(input.Username!);
        if (user is null)
        {
            await AuditLog.RecordAsync(db, actor, AuditActions.LoginFailed, userName: Truncate(input.Username!), detail: "api", ct: ct);
            return BadCredentials;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, input.Password!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await AuditLog.RecordAsync(db, actor, check.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed,
                user.TenantId, user.Id, user.UserName, "api", ct);
            return check.IsLockedOut ? LockedOut : BadCredentials;
        }

        if (user.TwoFactorEnabled)
        {
            var code = (input.Totp ?? "").Replace(" ", "", StringComparison.Ordinal);
            if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
            {
                await users.AccessFailedAsync(user);
                await AuditLog.RecordAsync(db, actor, AuditActions.LoginFailed, user.TenantId, user.Id, user.UserName, "api: totp", ct);
                return TotpRequired;
            }
        }
        else if (await DanVanClaimsFactory.IsAdministratorAsync(db, user.Id))
        {
            return MfaSetupRequired;
        }

        var now = db.Time.GetUtcNow().UtcDateTime;
        var (token, plain) = AccessToken.Issue(user, input.Name ?? "API", now, input.Days is { } d ? TimeSpan.FromDays(d) : DefaultLifetime);
        db.AccessTokens.Add(token);
        actor.TenantId = user.TenantId;
        actor.UserId = user.Id;
        actor.UserName = user.UserName;
        db.AuditEntries.Add(new AuditEntry(user.TenantId, now, user.Id, user.UserName, AuditActions.TokenIssued, nameof(AccessToken),
            token.Id.ToString(), null, actor.Ip, actor.CorrelationId));
        await db.SaveChangesAsync(ct);
        return new Output(plain, token.ExpiresAt);
    }

    private static string Truncate(string s) => s.Length <= AuditEntry.UserNameMax ? s : s[..AuditEntry.UserNameMax];
}
