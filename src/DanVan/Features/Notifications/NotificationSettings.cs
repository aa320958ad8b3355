namespace DanVan.Features.Notifications;

/// <summary>
/// Configuration section "Notifications" (environment <c>DANVAN_NOTIFICATIONS__…</c>). <see cref="BaseUrl"/>: the
/// address users open DanVan at, for the links in e-mails. <see cref="DigestHour"/>: the hour (Vietnam time) the daily
/// digest goes out. <see cref="KeepDays"/>: how long notifications are kept (one year).
/// </summary>
public sealed class NotificationSettings
{
    public const string Section = "Notifications";

    public string BaseUrl { get; set; } = "http://localhost:5080";
    public int DigestHour { get; set; } = 7;
    public int KeepDays { get; set; } = 365;

    public string Absolute(string link) => BaseUrl.TrimEnd('/') + "/" + link.TrimStart('/');
}
