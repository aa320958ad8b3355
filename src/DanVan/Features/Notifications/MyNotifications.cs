using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notifications;

public sealed record NotificationDto(Guid Id, NotificationKind Kind, string KindLabel, string Title, string Body, string Link, DateTime CreatedAt,
    DateTime? ReadAt);

public sealed record NotificationPage(IReadOnlyList<NotificationDto> Items, int Total, int Unread, int Page, int PageSize);

public sealed record PreferencesDto(DeliveryMode Mode, IReadOnlyList<NotificationCategory> Unsubscribed, string? Email);

public sealed class PreferencesInput
{
    public DeliveryMode? Mode { get; set; }
    public List<NotificationCategory>? Unsubscribed { get; set; }
}

/// <summary>The signed-in user's own notifications (newest first, paged), marking them read, and the e-mail preferences. Only ever the caller's rows.</summary>
public static class MyNotifications
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 500;

    public static async Task<NotificationPage> ListAsync(AppDbContext db, CurrentUser user, int? page, int? pageSize, bool unreadOnly, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);
        var number = Math.Clamp(page ?? 1, 1, MaxPage);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId && n.TenantId == user.TenantId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var query = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = unreadOnly ? unread : await query.CountAsync(ct);
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new NotificationPage(rows.Select(n => new NotificationDto(n.Id, n.Kind, n.Kind.Label(), n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt)).ToList(),
            total, unread, number, size);
    }

    public static Task<int> UnreadAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.UserId == user.UserId && n.TenantId == user.TenantId && n.ReadAt == null, ct);

    /// <summary>Marks one of the caller's notifications read; someone else's is "not found", as if it did not exist.</summary>
    public static async Task<bool> MarkReadAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == id && x.UserId == user.UserId && x.TenantId == user.TenantId, ct);
        if (n is null)
        {
            return false;
        }

        n.MarkRead(db.Time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<int> MarkAllReadAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var now = db.Time.GetUtcNow().UtcDateTime;
        return await db.Notifications.Where(n => n.UserId == user.UserId && n.TenantId == user.TenantId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    public static async Task<PreferencesDto> PreferencesAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var p = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == user.UserId, ct);
        var email = await db.Users.Where(u => u.Id == user.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        return new PreferencesDto(p?.Mode ?? DeliveryMode.Digest, p?.MutedCategories ?? [], email);
    }

    public static async Task<Result<PreferencesDto>> SetPreferencesAsync(AppDbContext db, CurrentUser user, PreferencesInput input, CancellationToken ct)
    {
        if (input.Mode is not { } mode || !Enum.IsDefined(mode))
        {
            return AppError.Required("Mode", "cách nhận thư");
        }

        var muted = input.Unsubscribed ?? [];
        if (muted.Any(c => !Enum.IsDefined(c)))
        {
            return new AppError("notifications.category", "Loại thông báo không hợp lệ.", "Unsubscribed");
        }

        var p = await db.NotificationPreferences.FirstOrDefaultAsync(x => x.UserId == user.UserId, ct);
        if (p is null)
        {
            p = new NotificationPreference(user.TenantId, user.UserId);
            db.NotificationPreferences.Add(p);
        }

        p.Set(mode, muted);
        await db.SaveChangesAsync(ct);
        return await PreferencesAsync(db, user, ct);
    }
}
