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

    /// <summary>
    /// Why an appeal deadline is only provisional, or null: it was counted across a year whose calendar the province has not
    /// confirmed (ADR 0020). Read when shown, so the note goes away once the administrator confirms the year.
    /// </summary>
    public static async Task<string?> ProvisionalNoteAsync(AppDbContext db, Guid tenantId, DateTime? appraisedAt, DateOnly? until, CancellationToken ct)
    {
        if (appraisedAt is not { } at || until is not { } last)
        {
            return null;
        }

        var from = DateOnly.FromDateTime(Infrastructure.Text.VnTime.ToLocal(at));
        var count = await new WorkingDays(db).CountWorkingDaysAsync(tenantId, from, last < from ? from : last, ct);
        return count.Provisional
            ? $"tạm tính: lịch ngày làm việc năm {string.Join(", ", count.ProvisionalYears)} của tỉnh chưa được xác nhận"
            : null;
    }
}
