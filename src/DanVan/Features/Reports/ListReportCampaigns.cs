using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>
/// The campaigns the caller sees (newest first, at most 200), each with its reporting rate over the reports the caller
/// sees — every report of a campaign the caller reviews, else the visible ones (as <see cref="GetRollUp"/>). A fixed number
/// of queries whatever the number of campaigns.
/// </summary>
public static class ListReportCampaigns
{
    public const int Max = 200;

    public static async Task<IReadOnlyList<CampaignDto>> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var campaigns = await ReportAccess.VisibleCampaigns(db, user).AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.LaunchedOn)
            .ThenBy(c => c.Id).Take(Max).ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var managed = db.Units.VisibleTo(db, user, Permission.ManageReports).Select(u => u.Id);
        var reviewed = (await db.ReportCampaigns.Where(c => ids.Contains(c.Id) && managed.Contains(c.UnitId)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var others = ids.Where(id => !reviewed.Contains(id)).ToList();
        var all = await db.ReportSubmissions.AsNoTracking().Where(s => reviewed.Contains(s.CampaignId))
            .Select(s => new { s.CampaignId, s.State, s.FirstSubmittedOn }).ToListAsync(ct);
        var seen = await ReportAccess.VisibleSubmissions(db, user).AsNoTracking().Where(s => others.Contains(s.CampaignId))
            .Select(s => new { s.CampaignId, s.State, s.FirstSubmittedOn }).ToListAsync(ct);
        var reports = all.Concat(seen).ToLookup(r => r.CampaignId, r => (r.State, r.FirstSubmittedOn));
        var formIds = campaigns.Select(c => c.FormId).Distinct().ToList();
        var forms = await db.ReportForms.AsNoTracking().Where(f => formIds.Contains(f.Id)).Select(f => new { f.Id, f.Name, f.Revision }).ToDictionaryAsync(f => f.Id, ct);
        var unitIds = campaigns.Select(c => c.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var today = VnTime.Today(db.Time);
        return [.. campaigns.Select(c => GetRollUp.Dto(c, forms[c.FormId].Name, forms[c.FormId].Revision, units[c.UnitId], reports[c.Id], reviewed.Contains(c.Id), today))];
    }
}
