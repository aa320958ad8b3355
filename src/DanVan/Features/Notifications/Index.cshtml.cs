using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Notifications;

/// <summary>The user's notifications, newest first, paged; opening one marks it read; the e-mail preferences below.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }
    [BindProperty] public DeliveryMode Mode { get; set; }
    [BindProperty] public List<NotificationCategory> Mailed { get; set; } = [];

    public NotificationPage List { get; private set; } = null!;
    public PreferencesDto Preferences { get; private set; } = null!;
    public string? Notice { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Marks the notification read and follows its link (only a local path: notifications hold paths, never addresses).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        var user = CurrentUser.Require(User);
        if (!await MyNotifications.MarkReadAsync(db, user, id, ct))
        {
            return NotFound();
        }

        var link = db.Notifications.Where(n => n.Id == id).Select(n => n.Link).First();
        return LocalRedirect(Url.IsLocalUrl(link) ? link : "/Notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await MyNotifications.MarkAllReadAsync(db, CurrentUser.Require(User), ct);
        return RedirectToPage();
    }

    public async Task OnPostPreferencesAsync(CancellationToken ct)
    {
        var muted = Enum.GetValues<NotificationCategory>().Except(Mailed).ToList();
        var result = await MyNotifications.SetPreferencesAsync(db, CurrentUser.Require(User), new PreferencesInput { Mode = Mode, Unsubscribed = muted }, ct);
        Notice = result.Error?.Message ?? "Đã lưu cách nhận thư.";
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = CurrentUser.Require(User);
        List = await MyNotifications.ListAsync(db, user, PageNumber, null, Unread, ct);
        Preferences = await MyNotifications.PreferencesAsync(db, user, ct);
    }
}
