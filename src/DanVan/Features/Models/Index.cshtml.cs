using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Models;

/// <summary>The model library: search without diacritics, filter, newest first or by spread, keyset-paged cards.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ModelField? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public ModelLevel? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public ModelStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public Page<ModelListItem> Results { get; private set; } = new([], null);
    public bool CanManage { get; private set; }
    public bool CanReview { get; private set; }
    public bool BySpread => Sort == "spread";

    public string Filters => $"q={Uri.EscapeDataString(Q ?? "")}&field={Field}&level={Level}&status={Status}&year={Year}&sort={(BySpread ? "spread" : "")}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var result = await ListModels.HandleAsync(db, me, new(Q, Field, Level, Status, Year, null, null, BySpread, PageSize, Cursor), ct);
        if (result.Error is { } error)
        {
            return BadRequest(error.Message);
        }

        Results = result.Value!;
        CanManage = await Scope.HoldsAnywhereAsync(db, me, Permission.ManageModels, ct);
        CanReview = await Scope.HoldsAnywhereAsync(db, me, Permission.ReviewModels, ct);
        return Page();
    }
}
