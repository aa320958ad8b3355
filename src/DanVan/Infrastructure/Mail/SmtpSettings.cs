namespace DanVan.Infrastructure.Mail;

/// <summary>
/// Configuration section "Smtp" (environment <c>DANVAN_SMTP__HOST</c>, <c>__PORT</c>, <c>__USERNAME</c>, <c>__PASSWORD</c>,
/// <c>__FROM</c>, <c>__FROMNAME</c>, <c>__SECURITY</c> = None | StartTls | SslOnConnect | Auto). Without a host, e-mail is off:
/// nothing is queued, in-app notifications still work.
/// </summary>
public sealed class SmtpSettings
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "danvan@localhost";
    public string FromName { get; set; } = "DanVan – Dân vận khéo";
    public string Security { get; set; } = "Auto";
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>One e-mail as queued: recipient, Vietnamese subject, plain and HTML bodies, and the one-click unsubscribe link.</summary>
public sealed record MailPayload(string To, string ToName, string Subject, string Text, string Html, string? Unsubscribe);
