using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts.Manage;

public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, DanVan.Infrastructure.Data.AppDbContext db) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Mật khẩu hiện tại")]
        [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại.")]
        [DataType(DataType.Password)]
        public string? Current { get; set; }

        [Display(Name = "Mật khẩu mới")]
        [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới.")]
        [StringLength(AppUser.PasswordMax, MinimumLength = AppUser.PasswordMin, ErrorMessage = "Mật khẩu mới phải có từ {2} đến {1} ký tự.")]
        [DataType(DataType.Password)]
        public string? New { get; set; }

        [Display(Name = "Nhập lại mật khẩu mới")]
        [Compare(nameof(New), ErrorMessage = "Mật khẩu nhập lại không khớp.")]
        [DataType(DataType.Password)]
        public string? Confirm { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.Current!, Input.New!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        // A changed password also ends every API token the old password could have minted.
        var now = db.Time.GetUtcNow().UtcDateTime;
        foreach (var token in await db.AccessTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null).ToListAsync())
        {
            token.Revoke(now);
        }

        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Đã đổi mật khẩu. Các phiên đăng nhập khác và mọi mã truy cập API của bạn đã kết thúc.";
        return Redirect("/");
    }
}
