using DanVan.Infrastructure.Data;

namespace DanVan.Features.Notifications;

/// <summary>
/// One notice to one user, in the app (the bell, /Notifications) and, unless the user unsubscribed from its category,
/// by e-mail — at once when urgent and the user chose it, else in the next daily digest (<see cref="MailedAt"/> marks
/// it as mailed). Kept one year (a recurring cleanup). The <see cref="Key"/> is unique per user: the same event never
/// notifies anyone twice. Reading is not a change worth the audit chain.
/// </summary>
public sealed class Notification : ITenantOwned, IUnaudited
{
    public const int TitleMax = 300;
    public const int BodyMax = 2000;
    public const int LinkMax = 500;
    public const int KeyMax = 200;

    private Notification()
    {
    }

    internal Notification(Guid tenantId, Guid userId, NotificationKind kind, string title, string body, string link, string key, DateTime now)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        UserId = userId;
        Kind = kind;
        Title = Cut(title, TitleMax);
        Body = Cut(body, BodyMax);
        Link = Cut(link, LinkMax);
        Key = Cut(key, KeyMax);
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";

    /// <summary>A path in the application ("/Nominations/Dossier/…"); e-mails make it absolute with the configured base URL.</summary>
    public string Link { get; private set; } = "";

    public string Key { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }
    public DateTime? MailedAt { get; private set; }

    public void MarkRead(DateTime now) => ReadAt ??= now;

    internal void MarkMailed(DateTime now) => MailedAt ??= now;

    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;
}

/// <summary>A user's e-mail choices: the delivery mode and the categories unsubscribed from. No row = the defaults (digest, everything).</summary>
public sealed class NotificationPreference : ITenantOwned
{
    private NotificationPreference()
    {
    }

    public NotificationPreference(Guid tenantId, Guid userId)
    {
        TenantId = tenantId;
        UserId = userId;
    }

    public Guid UserId { get; private set; }
    public Guid TenantId { get; private set; }
    public DeliveryMode Mode { get; private set; }

    /// <summary>Unsubscribed categories, comma-separated names (few and fixed).</summary>
    public string Muted { get; private set; } = "";

    public IReadOnlyList<NotificationCategory> MutedCategories =>
        Muted.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<NotificationCategory>).ToList();

    public bool Mails(NotificationCategory category) => !MutedCategories.Contains(category);

    public void Set(DeliveryMode mode, IEnumerable<NotificationCategory> muted)
    {
        Mode = mode;
        Muted = string.Join(',', muted.Distinct().Order());
    }

    public void Unsubscribe(NotificationCategory category) => Set(Mode, MutedCategories.Append(category));
}
