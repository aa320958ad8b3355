using System.ComponentModel.DataAnnotations;
using System.Text;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace DanVan.Features.Accounts.Manage;

/// <summary>
/// Self-service two-factor sign-in for every user (ASVS 5.0 6.4.3, 6.5): enrolling, replacing the authenticator and new
/// recovery codes all ask for the current password first; the 10 recovery codes are shown once and stored hashed.
/// </summary>
[Authorize]
public sealed class MfaModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, AuditActor actor) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    [Display(Name = "Mật khẩu hiện tại")]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại.")]
    [DataType(DataType.Password)]
    [StringLength(AppUser.PasswordMax)]
    public string? Password { get; set; }

    [BindProperty]
    [Display(Name = "Mã xác thực")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Mã xác thực gồm 6 chữ số.")]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string FormattedKey { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    /// <summary>Enrols: the current password and a code from the new authenticator; then the recovery codes, once.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Vui lòng nhập mã xác thực.");
        }

        if (ModelState.IsValid && !user.TwoFactorEnabled && await PasswordIsRightAsync(user))
        {
            var code = Code!.Replace(" ", "", StringComparison.Ordinal);
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
                await signIn.RefreshSignInAsync(user);
                await AuditLog.RecordAsync(db, actor, AuditActions.MfaEnabled, user.TenantId, user.Id, user.UserName);
                await LoadAsync(user);
                return Page();
            }

            ModelState.AddModelError(nameof(Code), "Mã xác thực không đúng; hãy kiểm tra giờ trên điện thoại và thử lại.");
        }

        await LoadAsync(user);
        return Page();
    }

    /// <summary>A new authenticator (lost or changed phone): a new key, two-factor off until the new one is confirmed.</summary>
    public async Task<IActionResult> OnPostReplaceAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && await PasswordIsRightAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user); // also a new security stamp: other sessions end
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            await signIn.RefreshSignInAsync(user);
            await AuditLog.RecordAsync(db, actor, AuditActions.MfaReset, user.TenantId, user.Id, user.UserName);
            TempData["Message"] = "Đã hủy ứng dụng xác thực cũ. Hãy quét mã QR mới và nhập mã để bật lại xác thực hai lớp.";
            return RedirectToPage();
        }

        await LoadAsync(user);
        return Page();
    }

    /// <summary>Ten new recovery codes (the old ones stop working), shown once.</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && user.TwoFactorEnabled && await PasswordIsRightAsync(user))
        {
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            await AuditLog.RecordAsync(db, actor, AuditActions.MfaRecoveryCodes, user.TenantId, user.Id, user.UserName);
        }

        await LoadAsync(user);
        return Page();
    }

    /// <summary>Re-authentication: wrong passwords count towards the account's lockout like at sign-in.</summary>
    private async Task<bool> PasswordIsRightAsync(AppUser user)
    {
        var check = await signIn.CheckPasswordSignInAsync(user, Password!, lockoutOnFailure: true);
        if (check.Succeeded)
        {
            return true;
        }

        ModelState.AddModelError(nameof(Password), check.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : "Mật khẩu hiện tại không đúng.");
        return false;
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = User.HasClaim(c => c.Type == DanVanClaimsFactory.MfaSetupRequired);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user); // the new security stamp would otherwise end this session within a minute
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var sb = new StringBuilder();
        for (var i = 0; i < key!.Length; i += 4)
        {
            sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        FormattedKey = sb.ToString().TrimEnd().ToLowerInvariant();
        var uri = $"otpauth://totp/DanVan:{Uri.EscapeDataString(user.UserName ?? "")}?secret={key}&issuer=DanVan&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
    }
}
