using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Reports;

/// <summary>A campaign's roll-up: the reporting rate, each unit's state, the totals over accepted reports; <c>?code=</c> drills one total down to its units.</summary>
public sealed class CampaignModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public RollUpDto RollUp { get; private set; } = null!;
    public DrillDownDto? Drill { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var rollUp = await GetRollUp.HandleAsync(db, me, Id, ct);
        if (rollUp.Error is { } error)
        {
            return this.ToPage(error);
        }

        RollUp = rollUp.Value!;
        if (!string.IsNullOrEmpty(Code))
        {
            var drill = await GetRollUp.DrillDownAsync(db, me, Id, Code, ct);
            if (drill.Error is { } bad)
            {
                return this.ToPage(bad);
            }

            Drill = drill.Value;
        }

        return Page();
    }
}
