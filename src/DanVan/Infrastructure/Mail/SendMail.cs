using DanVan.Infrastructure.Jobs;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DanVan.Infrastructure.Mail;

/// <summary>
/// The job that sends one queued e-mail over SMTP (MailKit). A server that is down, slow or refuses the message fails
/// the attempt: the runner records the error and tries again with backoff, so nothing is lost and no request waits.
/// </summary>
public sealed class SendMail(SmtpSettings settings) : IJobHandler
{
    public const string KindName = "mail.send";

    public string Kind => KindName;

    public static Job Queue(Data.AppDbContext db, string key, MailPayload mail, Guid? tenantId) =>
        JobQueue.Add(db, KindName, key, mail, tenantId, maxAttempts: 8);

    public async Task RunAsync(JobContext context, CancellationToken ct)
    {
        if (!settings.Enabled)
        {
            await context.ReportAsync(100, "Chưa cấu hình máy chủ thư (Smtp:Host): thư không được gửi.", ct);
            return;
        }

        var mail = context.Payload<MailPayload>();
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("danvan.local");
        if (mail.Unsubscribe is { } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        }

        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        var security = Enum.TryParse<SecureSocketOptions>(settings.Security, true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(settings.Host!, settings.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
