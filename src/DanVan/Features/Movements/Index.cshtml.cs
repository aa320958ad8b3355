using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Movements;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public MovementStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public Page<MovementListItem> Results { get; private set; } = new([], null);
    public bool CanManage { get; private set; }

    public string Filters => $"q={Uri.EscapeDataString(Q ?? "")}&year={Year}&status={Status}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var result = await ListMovements.HandleAsync(db, me, new(Q, Year, Status, 50, Cursor), ct);
        if (result.Error is { } error)
        {
            return BadRequest(error.Message);
        }

        Results = result.Value!;
        CanManage = await Scope.HoldsAnywhereAsync(db, me, Permission.ManageMovements, ct);
        return Page();
    }
}
