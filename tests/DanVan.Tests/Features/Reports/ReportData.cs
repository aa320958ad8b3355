using DanVan.Features.Reports;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Reports;

/// <summary>Report rows for security tests: a one-line form, a campaign of the given unit due in 30 days, one unit's report in a state.</summary>
public static class ReportData
{
    private static int counter;

    public static readonly ReportField.Spec[] Lines =
    [
        new("I. Kết quả", "1", "Số mô hình được công nhận", FieldKind.Number, "mô hình", false, null, null),
        new("II. Đánh giá", "2", "Đánh giá chung", FieldKind.Text, null, false, null, null),
    ];

    public sealed record Made(Guid Form, Guid Campaign, Guid Submission);

    public static async Task<Made> AddReportAsync(this AppDbContext db, Guid campaignUnitId, Guid reportingUnitId,
        ReportState state = ReportState.Open)
    {
        var tenantId = await db.Units.Where(u => u.Id == campaignUnitId).Select(u => u.TenantId).SingleAsync();
        var today = VnTime.Today(db.Time);
        var by = new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow);
        var form = ReportForm.Create(tenantId, $"KT{Interlocked.Increment(ref counter):00000}", 1, "Biểu mẫu kiểm thử", Lines).Value!;
        var campaign = ReportCampaign.Launch(tenantId, form.Id, campaignUnitId, "Đợt kiểm thử", today.Year, today.AddDays(30), null, false, today, by).Value!;
        var submission = new ReportSubmission(tenantId, campaign.Id, reportingUnitId);
        db.AddRange(form, campaign, submission);
        if (state != ReportState.Open)
        {
            submission.Fill(form.Fields, [new ReportSubmission.Entry("1", "3", null)], new Dictionary<string, long>(), by).ShouldBeNull();
            submission.Submit(form.Fields, today, by).ShouldBeNull();
        }

        if (state == ReportState.Accepted)
        {
            submission.Accept(by).ShouldBeNull();
        }

        await db.SaveChangesAsync();
        return new Made(form.Id, campaign.Id, submission.Id);
    }
}
