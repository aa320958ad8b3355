using System.ComponentModel.DataAnnotations;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts.Manage;

/// <summary>Personal API tokens. A new token (up to 30 days of access) asks for the password, and a TOTP code when enabled.</summary>
public sealed class TokensModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, MfaPolicy mfa) : PageModel
{
    [BindProperty]
    [StringLength(AccessToken.NameMax, ErrorMessage = "Tên không được dài quá {1} ký tự.")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Mật khẩu hiện tại")]
    [DataType(DataType.Password)]
    [StringLength(AppUser.PasswordMax)]
    public string? Password { get; set; }

    [BindProperty]
    [Display(Name = "Mã xác thực")]
    [StringLength(AppUser.TotpInputMax)]
    public string? Totp { get; set; }

    public bool TwoFactorEnabled { get; private set; }

    public string? NewToken { get; private set; }
    public DateTime Now { get; private set; }
    public IReadOnlyList<AccountsApi.TokenDto> Tokens { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostIssueAsync()
    {
        if (ModelState.IsValid)
        {
            var me = CurrentUser.Require(User);
            var user = await db.Users.FirstAsync(u => u.Id == me.UserId);
            if (!user.TwoFactorEnabled && await mfa.IsRequiredAsync(db, user.Id))
            {
                ModelState.AddModelError(string.Empty, IssueToken.MfaSetupRequired.Message);
            }
            else if (await ReauthenticatedAsync(user))
            {
                var (token, plain) = AccessToken.Issue(user, Name ?? "API", db.Time.GetUtcNow().UtcDateTime, IssueToken.DefaultLifetime);
                db.AccessTokens.Add(token);
                await db.SaveChangesAsync();
                NewToken = plain;
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var me = CurrentUser.Require(User);
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == me.UserId && t.TenantId == me.TenantId);
        if (token is null)
        {
            return NotFound();
        }

        token.Revoke(db.Time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Message"] = "Đã thu hồi mã truy cập.";
        return RedirectToPage();
    }

    /// <summary>A session alone does not mint a token (ASVS 5.0 6.4/7.5): the password again, and the TOTP code (used once).</summary>
    private async Task<bool> ReauthenticatedAsync(AppUser user)
    {
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Vui lòng nhập mật khẩu hiện tại để cấp mã truy cập.");
            return false;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(nameof(Password), check.IsLockedOut
                ? "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
                : "Mật khẩu hiện tại không đúng.");
            return false;
        }

        var code = (Totp ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (user.TwoFactorEnabled && (code.Length == 0
                || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)))
        {
            ModelState.AddModelError(nameof(Totp), "Vui lòng nhập mã xác thực hai lớp hợp lệ (mỗi mã chỉ dùng được một lần).");
            return false;
        }

        return true;
    }

    private async Task LoadAsync()
    {
        var me = CurrentUser.Require(User);
        TwoFactorEnabled = await db.Users.Where(u => u.Id == me.UserId).Select(u => u.TwoFactorEnabled).FirstAsync();
        Now = db.Time.GetUtcNow().UtcDateTime;
        Tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == me.UserId && t.TenantId == me.TenantId)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new AccountsApi.TokenDto(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync();
    }
}
