namespace DanVan.Infrastructure.Text;

/// <summary>Times are stored in UTC and shown in Vietnam's time zone (UTC+7), vi-VN format.</summary>
public static class VnTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static System.DateTime ToLocal(System.DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string DateAndTime(System.DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy HH:mm", VietnameseText.Culture);

    /// <summary>The time of day in Vietnam to the second ("09:40:03"): timers and their refusals.</summary>
    public static string Clock(System.DateTime utc) => ToLocal(utc).ToString("HH:mm:ss", VietnameseText.Culture);

    public static string Date(System.DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy", VietnameseText.Culture);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", VietnameseText.Culture) ?? "";

    /// <summary>Today's date in Vietnam: deadlines are calendar days there.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime));
}
