using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notifications;

/// <summary>
/// The unsubscribe link of an e-mail, without signing in: the signed token names the user and the category. Opening
/// the link only asks (mail scanners open links); the button unsubscribes. A forged or altered token is refused.
/// </summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(AppDbContext db, NotificationMail mail) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")] public string? Token { get; set; }

    public NotificationCategory? Category { get; private set; }
    public bool Valid { get; private set; }
    public bool Done { get; private set; }

    public void OnGet()
    {
        var read = mail.ReadToken(Token);
        Valid = read is not null;
        Category = read?.Category;
    }

    public async Task<IActionResult> OnPostAsync(List<NotificationCategory>? muted, CancellationToken ct)
    {
        if (mail.ReadToken(Token) is not { } read)
        {
            Valid = false;
            return Page();
        }

        Valid = true;
        Category = read.Category;
        var user = await db.Users.Where(u => u.Id == read.UserId).Select(u => new { u.Id, u.TenantId }).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            Valid = false;
            return Page();
        }

        var p = await db.NotificationPreferences.FirstOrDefaultAsync(x => x.UserId == user.Id, ct);
        if (p is null)
        {
            p = new NotificationPreference(user.TenantId, user.Id);
            db.NotificationPreferences.Add(p);
        }

        if (read.Category is { } c)
        {
            p.Unsubscribe(c);
        }
        else
        {
            p.Set(p.Mode, (muted ?? []).Where(Enum.IsDefined));
        }

        await db.SaveChangesAsync(ct);
        Done = true;
        return Page();
    }
}
