using System.Net;
using System.Text;
using DanVan.Infrastructure.Mail;
using DanVan.Infrastructure.Text;
using Microsoft.AspNetCore.DataProtection;

namespace DanVan.Features.Notifications;

/// <summary>
/// The e-mails, in Vietnamese, plain text and HTML, every link absolute (<see cref="NotificationSettings.BaseUrl"/>),
/// each with an unsubscribe link for its category that works without signing in: the user and the category signed
/// with the application's Data Protection keys (a forged or altered link is refused).
/// </summary>
public sealed class NotificationMail(NotificationSettings settings, IDataProtectionProvider protection)
{
    private const string Purpose = "DanVan.Notifications.Unsubscribe.v1";

    public MailPayload One(string to, string name, Notification n)
    {
        var link = settings.Absolute(n.Link);
        var unsubscribe = UnsubscribeUrl(n.UserId, n.Kind.Category());
        var subject = $"[DanVan] {n.Title}";
        var text = $"Kính gửi đồng chí {name},\n\n{n.Body}\n\nXem chi tiết: {link}\n\n--\nThư tự động từ DanVan – Dân vận khéo. "
                   + $"Không nhận thư về “{n.Kind.Category().Label()}” nữa: {unsubscribe}\n";
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(E(subject)).Append("</title></head><body>")
            .Append("<p>Kính gửi đồng chí ").Append(E(name)).Append(",</p>")
            .Append("<p>").Append(E(n.Body)).Append("</p>")
            .Append("<p><a href=\"").Append(E(link)).Append("\">Xem chi tiết</a></p>")
            .Append(Footer(unsubscribe, n.Kind.Category()))
            .Append("</body></html>").ToString();
        return new MailPayload(to, name, subject, text, html, unsubscribe);
    }

    public MailPayload Digest(string to, string name, Guid userId, DateOnly day, IReadOnlyList<Notification> items)
    {
        var subject = $"[DanVan] Tổng hợp thông báo ngày {day:dd/MM/yyyy} ({items.Count} thông báo)";
        var unsubscribe = UnsubscribeUrl(userId, null);
        var text = new StringBuilder().Append("Kính gửi đồng chí ").Append(name).Append(",\n\nCác thông báo mới của đồng chí trên DanVan:\n\n");
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(E(subject)).Append("</title></head><body>")
            .Append("<p>Kính gửi đồng chí ").Append(E(name)).Append(",</p><p>Các thông báo mới của đồng chí trên DanVan:</p><ul>");
        foreach (var n in items)
        {
            var link = settings.Absolute(n.Link);
            text.Append("- ").Append(n.Title).Append(" (").Append(VnTime.DateAndTime(n.CreatedAt)).Append(")\n  ").Append(n.Body).Append("\n  ")
                .Append(link).Append("\n\n");
            html.Append("<li><p><a href=\"").Append(E(link)).Append("\">").Append(E(n.Title)).Append("</a> <small>(")
                .Append(E(VnTime.DateAndTime(n.CreatedAt))).Append(")</small><br>").Append(E(n.Body)).Append("</p></li>");
        }

        text.Append("Tất cả thông báo: ").Append(settings.Absolute("/Notifications")).Append("\n\n--\nThư tự động từ DanVan – Dân vận khéo. ")
            .Append("Chọn loại thư muốn nhận: ").Append(unsubscribe).Append('\n');
        html.Append("</ul><p><a href=\"").Append(E(settings.Absolute("/Notifications"))).Append("\">Tất cả thông báo</a></p>")
            .Append(Footer(unsubscribe, null)).Append("</body></html>");
        return new MailPayload(to, name, subject, text.ToString(), html.ToString(), unsubscribe);
    }

    /// <summary>The signed link: one category, or (null) the page to choose among all of them.</summary>
    public string UnsubscribeUrl(Guid userId, NotificationCategory? category) =>
        settings.Absolute("/Notifications/Unsubscribe?t=" + Uri.EscapeDataString(Protector().Protect($"{userId:N}:{category}")));

    /// <summary>The user and category a link was signed for; null for a forged, altered or foreign link.</summary>
    public (Guid UserId, NotificationCategory? Category)? ReadToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            var parts = Protector().Unprotect(token).Split(':');
            if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var user))
            {
                return null;
            }

            return parts[1].Length == 0 ? (user, null)
                : Enum.TryParse<NotificationCategory>(parts[1], out var c) && Enum.IsDefined(c) ? (user, c)
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private IDataProtector Protector() => protection.CreateProtector(Purpose);

    private static string Footer(string unsubscribe, NotificationCategory? category) =>
        "<hr><p><small>Thư tự động từ DanVan – Dân vận khéo. <a href=\"" + E(unsubscribe) + "\">"
        + (category is { } c ? "Không nhận thư về “" + E(c.Label()) + "” nữa" : "Chọn loại thư muốn nhận") + "</a></small></p>";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
