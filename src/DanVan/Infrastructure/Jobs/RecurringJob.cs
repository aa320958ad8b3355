using DanVan.Infrastructure.Text;

namespace DanVan.Infrastructure.Jobs;

public enum RecurringSchedule
{
    Hourly,
    Daily,
}

/// <summary>The payload of a recurring job: the period it is for ("2026-12-06" for a day, "2026-12-06T07" for an hour, UTC).</summary>
public sealed record RecurringPayload(string Period);

/// <summary>
/// A job the worker queues once per period (registered with <c>AddRecurringJob</c>): hourly, or daily at
/// <see cref="Hour"/> o'clock Vietnam time. The job's key is kind + period, so every period runs exactly once however
/// many workers look, and a period missed while the application was stopped is run when it starts again.
/// </summary>
public sealed record RecurringJob(string Kind, RecurringSchedule Schedule, int Hour = 0)
{
    /// <summary>The latest period that has begun at <paramref name="utcNow"/>.</summary>
    public string Period(DateTime utcNow)
    {
        if (Schedule == RecurringSchedule.Hourly)
        {
            return utcNow.ToString("yyyy-MM-dd'T'HH", System.Globalization.CultureInfo.InvariantCulture);
        }

        var local = VnTime.ToLocal(utcNow);
        var day = DateOnly.FromDateTime(local);
        return (local.Hour >= Hour ? day : day.AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string KeyFor(string period) => $"{Kind}:{period}";
}
