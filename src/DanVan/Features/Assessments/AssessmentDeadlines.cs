using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Assessments;

/// <summary>The round's deadlines counted on the province's working-day calendar (issue 13 §2, ADR 0020).</summary>
public static class AssessmentDeadlines
{
    /// <summary>
    /// The last day a unit may appeal: <paramref name="workingDays"/> working days after the day its result was given,
    /// on the province's calendar (weekends, public holidays, the year's swaps).
    /// </summary>
    public static async Task<DateOnly> AppealUntilAsync(AppDbContext db, Guid tenantId, DateOnly from, int workingDays, CancellationToken ct) =>
        (await new WorkingDays(db).AddWorkingDaysAsync(tenantId, from, workingDays, ct)).Date;
}
