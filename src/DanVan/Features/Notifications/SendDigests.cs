using System.Globalization;
using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notifications;

/// <summary>
/// Daily (at <see cref="NotificationSettings.DigestHour"/>, Vietnam time): one digest per user of the unread
/// notifications not mailed yet from the last week, without the categories the user unsubscribed from. The mail job's
/// key is user + day, so a second run the same day sends nothing; the notifications it lists are marked as mailed in
/// the same transaction as the mail job, so none is mailed twice and none is lost if SMTP is down (the job retries).
/// </summary>
public sealed class SendDigests(NotificationMail mail, SmtpSettings smtp) : IJobHandler
{
    public const string KindName = "notifications.digest";
    private const int Window = 7;

    public string Kind => KindName;

    public async Task RunAsync(JobContext context, CancellationToken ct)
    {
        if (!smtp.Enabled)
        {
            await context.ReportAsync(100, "Chưa cấu hình máy chủ thư: không gửi thư tổng hợp.", ct);
            return;
        }

        var db = context.Db;
        var period = context.Payload<RecurringPayload>().Period;
        var day = DateOnly.ParseExact(period, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var now = db.Time.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-Window);
        var users = await db.Notifications.Where(n => n.MailedAt == null && n.ReadAt == null && n.CreatedAt >= since)
            .Select(n => n.UserId).Distinct().ToListAsync(ct);
        var sent = 0;
        for (var i = 0; i < users.Count; i++)
        {
            var userId = users[i];
            var key = $"mail.digest:{userId:N}:{period}";
            if (await db.Jobs.AnyAsync(j => j.Key == key, ct))
            {
                continue;
            }

            var person = await db.Users.Where(u => u.Id == userId && !u.IsDisabled).Select(u => new { u.Email, u.FullName, u.TenantId }).FirstOrDefaultAsync(ct);
            if (person?.Email is not { } email || !MimeKit.MailboxAddress.TryParse(email, out _))
            {
                continue;
            }

            var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.UserId == userId, ct);
            var pending = await db.Notifications.Where(n => n.UserId == userId && n.MailedAt == null && n.ReadAt == null && n.CreatedAt >= since)
                .OrderBy(n => n.CreatedAt).Take(100).ToListAsync(ct);
            var items = pending.Where(n => preference?.Mails(n.Kind.Category()) ?? true).ToList();
            foreach (var n in pending)
            {
                n.MarkMailed(now);
            }

            if (items.Count > 0)
            {
                SendMail.Queue(db, key, mail.Digest(email, person.FullName, userId, day, items), person.TenantId);
                sent++;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            if (i % 50 == 0)
            {
                await context.ReportAsync(i * 100 / users.Count, $"{sent} thư tổng hợp", ct);
            }
        }

        await context.ReportAsync(100, $"{sent} thư tổng hợp", ct);
    }
}
