using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>The campaigns the caller sees (newest first), each with its reporting rate over the reports the caller sees.</summary>
public static class ListReportCampaigns
{
    public static async Task<IReadOnlyList<CampaignDto>> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var ids = await ReportAccess.VisibleCampaigns(db, user).OrderByDescending(c => c.Year).ThenByDescending(c => c.LaunchedOn).ThenBy(c => c.Id)
            .Select(c => c.Id).Take(200).ToListAsync(ct);
        var list = new List<CampaignDto>(ids.Count);
        foreach (var id in ids)
        {
            list.Add((await GetRollUp.CampaignAsync(db, user, id, ct)).Value!);
        }

        return list;
    }
}
