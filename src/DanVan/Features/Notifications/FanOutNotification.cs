using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notifications;

/// <summary>
/// The job behind <see cref="Notify"/>: resolves who the event concerns, leaves out whoever caused it, writes one
/// notification each (the key makes a second run add nothing), and queues an e-mail at once for urgent kinds to users
/// who chose immediate delivery and did not unsubscribe from the category; the rest wait for the daily digest.
/// </summary>
public sealed class FanOutNotification(NotificationMail mail, SmtpSettings smtp) : IJobHandler
{
    public const string KindName = "notifications.fanout";

    public string Kind => KindName;

    public async Task RunAsync(JobContext context, CancellationToken ct)
    {
        var db = context.Db;
        var e = context.Payload<NotifyEvent>();
        var recipients = (await e.Audience.ResolveAsync(db, e.TenantId, ct)).Where(u => u != e.CausedBy).ToList();
        var done = await db.Notifications.Where(n => n.Key == e.Key && recipients.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(ct);
        var now = db.Time.GetUtcNow().UtcDateTime;
        var created = recipients.Except(done).Select(u => new Notification(e.TenantId, u, e.Kind, e.Title, e.Body, e.Link, e.Key, now)).ToList();
        db.Notifications.AddRange(created);
        if (smtp.Enabled && e.Kind.IsUrgent() && created.Count > 0)
        {
            var ids = created.Select(n => n.UserId).ToList();
            var immediate = await db.NotificationPreferences.Where(p => ids.Contains(p.UserId) && p.Mode == DeliveryMode.Immediate).ToListAsync(ct);
            var wanted = immediate.Where(p => p.Mails(e.Kind.Category())).Select(p => p.UserId).ToList();
            var people = await db.Users.Where(u => wanted.Contains(u.Id) && u.Email != null)
                .Select(u => new { u.Id, u.Email, u.FullName }).ToListAsync(ct);
            foreach (var person in people.Where(p => MimeKit.MailboxAddress.TryParse(p.Email, out _)))
            {
                var n = created.First(c => c.UserId == person.Id);
                SendMail.Queue(db, $"mail.notification:{n.Id}", mail.One(person.Email!, person.FullName, n), e.TenantId);
                n.MarkMailed(now);
            }
        }

        await db.SaveChangesAsync(ct);
        await context.ReportAsync(100, $"{created.Count} thông báo", ct);
    }
}
