using System.ComponentModel.DataAnnotations;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Features.Accounts.SignIn;

[EnableRateLimiting(AccountsServices.LoginRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, AuditActor actor, SignInGuard guard) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Tên đăng nhập")]
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [StringLength(AppUser.UserNameMax, ErrorMessage = "Tên đăng nhập không được dài quá {1} ký tự.")]
        public string? UserName { get; set; }

        [Display(Name = "Mật khẩu")]
        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [DataType(DataType.Password)]
        [StringLength(AppUser.PasswordMax)]
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Unknown, locked (here or everywhere), disabled or wrong: one answer, one password hash (ADR 0009).
        var user = await IssueToken.CandidateAsync(db, users, signIn, actor, guard, Input.UserName!, Input.Password!, "web", HttpContext.RequestAborted);
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, IssueToken.BadCredentials.Message);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            guard.Reset(Input.UserName!, actor.Ip);
            await AuditLog.RecordAsync(db, actor, AuditActions.LoginSucceeded, user.TenantId, user.Id, user.UserName, "web");
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Accounts/SignIn/LoginMfa", new { ReturnUrl = SafeReturnUrl() });
        }

        await IssueToken.PasswordFailedAsync(db, actor, guard, user, Input.UserName!, "web", HttpContext.RequestAborted);
        ModelState.AddModelError(string.Empty, IssueToken.BadCredentials.Message);
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
