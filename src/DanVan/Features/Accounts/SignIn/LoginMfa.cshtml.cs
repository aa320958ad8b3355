using System.ComponentModel.DataAnnotations;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Features.Accounts.SignIn;

[EnableRateLimiting(AccountsServices.LoginRateLimit)]
public sealed class LoginMfaModel(SignInManager<AppUser> signIn, AppDbContext db, AuditActor actor) : PageModel
{
    [BindProperty]
    [Display(Name = "Mã xác thực")]
    [Required(ErrorMessage = "Vui lòng nhập mã xác thực.")]
    [RegularExpression(@"^\s*(\d{3}\s?\d{3}|[A-Za-z0-9]{5}-?[A-Za-z0-9]{5})\s*$",
        ErrorMessage = "Mã xác thực gồm 6 chữ số (hoặc mã khôi phục dạng XXXXX-XXXXX).")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/SignIn/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Accounts/SignIn/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Six digits: the authenticator (each code once); otherwise one of the recovery codes given at enrolment (each once).
        var code = Code!.Replace(" ", "", StringComparison.Ordinal);
        var recovery = !code.All(char.IsAsciiDigit);
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        var channel = recovery ? "web: recovery code" : "web: totp";
        if (result.Succeeded)
        {
            await AuditLog.RecordAsync(db, actor, AuditActions.LoginSucceeded, user.TenantId, user.Id, user.UserName, channel);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        await AuditLog.RecordAsync(db, actor, result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed,
            user.TenantId, user.Id, user.UserName, channel);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : "Mã xác thực không đúng, đã hết hạn hoặc đã được dùng.");
        return Page();
    }
}
