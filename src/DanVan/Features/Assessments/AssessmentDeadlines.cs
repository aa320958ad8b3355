using DanVan.Infrastructure.Data;

namespace DanVan.Features.Assessments;

/// <summary>The round's deadlines counted in working days (issue 13 §2).</summary>
public static class AssessmentDeadlines
{
    /// <summary>The last day a unit may appeal: <paramref name="workingDays"/> working days after the day its result was given.</summary>
    public static Task<DateOnly> AppealUntilAsync(AppDbContext db, Guid tenantId, DateOnly from, int workingDays, CancellationToken ct)
    {
        _ = db;
        _ = tenantId;
        _ = ct;
        var day = from;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return Task.FromResult(day);
    }
}
