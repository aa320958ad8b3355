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
        [StringLength(AppUser.PasswordMax, ErrorMessage = "Mật khẩu không được dài quá {1} ký tự.")]
        public string? Password { get; set; }

        [StringLength(AppUser.TotpInputMax, ErrorMessage = "Mã xác thực không hợp lệ.")]
        public string? Totp { get; set; }

        [StringLength(AccessToken.NameMax, ErrorMessage = "Tên mã truy cập không được dài quá {1} ký tự.")]
        public string? Name { get; set; }

        [Range(1, 90, ErrorMessage = "Thời hạn mã truy cập từ {1} đến {2} ngày.")]
        public int? Days { get; set; }
    }

    public sealed record Output(string Token, DateTime ExpiresAt);

    /// <summary>The one answer to every refused sign-in: unknown name, wrong password, disabled or locked account (ADR 0009).</summary>
    public static readonly AppError BadCredentials = new("auth.bad_credentials",
        "Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần sai liên tiếp, đăng nhập từ máy này vào tài khoản đó bị tạm khóa 15 phút.", null, ErrorKind.Invalid);
    public static readonly AppError TotpRequired = new("auth.totp_required", "Vui lòng nhập mã xác thực hai lớp (TOTP) hợp lệ; mỗi mã chỉ dùng được một lần.", "Totp");
    public static readonly AppError MfaSetupRequired = new("auth.mfa_setup_required", "Vai trò của bạn bắt buộc bật xác thực hai lớp trên trang web trước khi dùng API.", null, ErrorKind.Forbidden);

    public static async Task<Result<Output>> HandleAsync(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        AuditActor actor, SignInGuard guard, MfaPolicy mfa, Input input, CancellationToken ct)
    {
        var user = await CheckPasswordAsync(db, users, signIn, actor, guard, input.Username!, input.Password!, "api", ct);
        if (user is null)
        {
            return BadCredentials;
        }

        if (user.TwoFactorEnabled)
        {
            var code = (input.Totp ?? "").Replace(" ", "", StringComparison.Ordinal);
            if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.AccessFailedAsync(user);
                guard.RecordFailure(input.Username!, actor.Ip);
                await AuditLog.RecordAsync(db, actor, AuditActions.LoginFailed, user.TenantId, user.Id, user.UserName, "api: totp", ct);
                return TotpRequired;
            }
        }
        else if (await mfa.IsRequiredAsync(db, user.Id, ct))
        {
            return MfaSetupRequired;
        }

        guard.Reset(input.Username!, actor.Ip);
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

    /// <summary>The password step of this endpoint: the user when the password is right and the account may sign in from here.</summary>
    private static async Task<AppUser?> CheckPasswordAsync(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        AuditActor actor, SignInGuard guard, string userName, string password, string channel, CancellationToken ct)
    {
        var user = await CandidateAsync(db, users, signIn, actor, guard, userName, password, channel, ct);
        if (user is null)
        {
            return null;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await PasswordFailedAsync(db, actor, guard, user, userName, channel, ct);
            return null;
        }

        return user;
    }

    /// <summary>
    /// Shared with the sign-in page: the account whose password should now be checked, or null when the answer is already
    /// "no" (unknown name, locked for this address or everywhere, disabled) — after the same work as a real check (one
    /// password hash) and an audit entry, so neither the answer nor its time tells these cases apart.
    /// </summary>
    public static async Task<AppUser?> CandidateAsync(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        AuditActor actor, SignInGuard guard, string userName, string password, string channel, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        var locked = guard.IsLockedOut(userName, actor.Ip) || (user is not null && await users.IsLockedOutAsync(user));
        if (user is not null && !locked && await signIn.CanSignInAsync(user))
        {
            return user;
        }

        SignInGuard.SpendPasswordCheck(users, password);
        if (!locked)
        {
            guard.RecordFailure(userName, actor.Ip);
        }

        await AuditLog.RecordAsync(db, actor, locked ? AuditActions.LockedOut : AuditActions.LoginFailed, user?.TenantId, user?.Id,
            user?.UserName ?? Truncate(userName), channel, ct);
        return null;
    }

    /// <summary>Shared with the sign-in page: a wrong password counts for this address (and, as a backstop, the account).</summary>
    public static Task PasswordFailedAsync(AppDbContext db, AuditActor actor, SignInGuard guard, AppUser user, string userName, string channel,
        CancellationToken ct)
    {
        guard.RecordFailure(userName, actor.Ip);
        return AuditLog.RecordAsync(db, actor, guard.IsLockedOut(userName, actor.Ip) ? AuditActions.LockedOut : AuditActions.LoginFailed,
            user.TenantId, user.Id, user.UserName, channel, ct);
    }

    private static string Truncate(string s) => s.Length <= AuditEntry.UserNameMax ? s : s[..AuditEntry.UserNameMax];
}
