using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Accounts.SignIn;

public sealed class LogoutModel(SignInManager<AppUser> signIn, AppDbContext db, AuditActor actor) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Signs out and rotates the security stamp, so copies of the cookie stop working too.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (CurrentUser.From(User) is { } me && await signIn.UserManager.FindByIdAsync(me.UserId.ToString()) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            await AuditLog.RecordAsync(db, actor, AuditActions.Logout, user.TenantId, user.Id, user.UserName);
        }

        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
