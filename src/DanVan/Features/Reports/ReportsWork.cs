using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>
/// Work list: for a unit's reporters (SubmitReports on it), each report still to fill or returned, due by the campaign's
/// deadline; for the campaign's unit's managers (ManageReports on it), each report submitted and waiting for review.
/// </summary>
public sealed class ReportsWork : IWorkProvider
{
    public const string Kind = "reports.report";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var reporting = db.Units.VisibleTo(db, user, Permission.SubmitReports).Select(u => u.Id);
        var managed = db.Units.VisibleTo(db, user, Permission.ManageReports).Select(u => u.Id);
        var items = db.ReportSubmissions.AsNoTracking().Where(s => s.TenantId == tenantId)
            .Join(db.ReportCampaigns, s => s.CampaignId, c => c.Id, (s, c) => new { s, c })
            .Where(x => ((x.s.State == ReportState.Open || x.s.State == ReportState.Returned) && reporting.Contains(x.s.UnitId) && !managed.Contains(x.c.UnitId))
                || (x.s.State == ReportState.Submitted && managed.Contains(x.c.UnitId)));
        var total = await items.CountAsync(ct);
        if (total == 0)
        {
            return new WorkBatch([], 0);
        }

        var rows = await items.OrderBy(x => x.c.DueOn).ThenBy(x => x.s.Id).Take(query.Take)
            .Select(x => new { x.s.Id, x.s.UnitId, x.s.State, x.c.Name, x.c.DueOn, Unit = db.Units.Where(u => u.Id == x.s.UnitId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        return new WorkBatch(rows.Select(r => r.State switch
        {
            ReportState.Submitted => WorkItem.Due(Kind, "Báo cáo", $"Xem xét báo cáo {r.Name} — {r.Unit}", r.UnitId, r.Unit, null, query,
                $"/Reports/Submission/{r.Id}", "Đơn vị đã nộp: tiếp nhận hoặc trả lại kèm lý do."),
            ReportState.Returned => WorkItem.Due(Kind, "Báo cáo", $"Sửa và nộp lại báo cáo {r.Name}", r.UnitId, r.Unit, r.DueOn, query,
                $"/Reports/Submission/{r.Id}", "Cấp trên đã trả lại báo cáo kèm lý do ở từng chỉ tiêu."),
            _ => WorkItem.Due(Kind, "Báo cáo", $"Lập và nộp báo cáo {r.Name}", r.UnitId, r.Unit, r.DueOn, query, $"/Reports/Submission/{r.Id}"),
        }).ToList(), total);
    }
}
