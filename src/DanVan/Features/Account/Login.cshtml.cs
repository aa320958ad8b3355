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
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, AuditActor actor) : PageModel
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
        [StringLength(200)]
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    private static readonly string DummyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "khong-phai-mat-khau-that");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByNameAsync(Input.UserName!);
        if (user is null)
        {
            // Spend the same time as a real password check, so response times do not reveal which accounts exist.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash, Input.Password!);
            await AuditLog.RecordAsync(db, actor, AuditActions.LoginFailed, userName: Input.UserName![..Math.Min(Input.UserName!.Length, 64)]);
            ModelState.AddModelError(string.Empty, "Tên đăng nhập hoặc mật khẩu không đúng.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await AuditLog.RecordAsync(db, actor, AuditActions.LoginSucceeded, user.TenantId, user.Id, user.UserName, "web");
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginMfa", new { ReturnUrl = SafeReturnUrl() });
        }

        await AuditLog.RecordAsync(db, actor, result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed,
            user.TenantId, user.Id, user.UserName, "web");
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : "Tên đăng nhập hoặc mật khẩu không đúng."); // a disabled account looks like a wrong password: no probing

        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
