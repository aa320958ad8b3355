using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Features.Account;

[EnableRateLimiting(AccountsServices.LoginRateLimit)]
public sealed class LoginMfaModel(SignInManager<AppUser> signIn, AppDbContext db, AuditActor actor) : PageModel
{
    [BindProperty]
    [Display(Name = "Mã xác thực")]
    [Required(ErrorMessage = "Vui lòng nhập mã xác thực.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Mã xác thực gồm 6 chữ số.")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code!.Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await AuditLog.RecordAsync(db, actor, AuditActions.LoginSucceeded, user.TenantId, user.Id, user.UserName, "web: totp");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        await AuditLog.RecordAsync(db, actor, result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed,
            user.TenantId, user.Id, user.UserName, "web: totp");
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : "Mã xác thực không đúng hoặc đã hết hạn.");
        return Page();
    }
}
