using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Reports;

/// <summary>The campaigns the user sees, each with its reporting rate.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<CampaignDto> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Campaigns = await ListReportCampaigns.HandleAsync(db, CurrentUser.Require(User), ct);
}
