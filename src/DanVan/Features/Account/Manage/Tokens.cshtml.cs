using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Account.Manage;

public sealed class TokensModel(AppDbContext db) : PageModel
{
    [BindProperty]
    [StringLength(AccessToken.NameMax, ErrorMessage = "Tên không được dài quá {1} ký tự.")]
    public string? Name { get; set; }

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
            if (!user.TwoFactorEnabled && await DanVanClaimsFactory.IsAdministratorAsync(db, user.Id))
            {
                ModelState.AddModelError(string.Empty, IssueToken.MfaSetupRequired.Message);
                await LoadAsync();
                return Page();
            }

            var (token, plain) = AccessToken.Issue(user, Name ?? "API", db.Time.GetUtcNow().UtcDateTime, IssueToken.DefaultLifetime);
            db.AccessTokens.Add(token);
            await db.SaveChangesAsync();
            NewToken = plain;
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

    private async Task LoadAsync()
    {
        var me = CurrentUser.Require(User);
        Now = db.Time.GetUtcNow().UtcDateTime;
        Tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == me.UserId && t.TenantId == me.TenantId)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new AccountsApi.TokenDto(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync();
    }
}
