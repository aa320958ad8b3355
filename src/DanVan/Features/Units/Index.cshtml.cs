using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Units;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<UnitTree.Node> Roots { get; private set; } = [];
    public Page<UnitDto>? Results { get; private set; }
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        CanManage = await Scope.HoldsAnywhereAsync(db, me, Permission.ManageUnits, ct);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var result = await ListUnits.HandleAsync(db, me, new ListUnits.Query(Q, null, 50, Cursor), ct);
            if (result.Error is not null)
            {
                return BadRequest(result.Error.Message);
            }

            Results = result.Value;
            return Page();
        }

        Roots = await UnitTree.ChildrenAsync(db, me, null, ct);
        return Page();
    }

    /// <summary>htmx: one level of the tree, loaded when a node is first expanded.</summary>
    public async Task<PartialViewResult> OnGetChildrenAsync(Guid parentId, CancellationToken ct) =>
        Partial("_TreeNodes", await UnitTree.ChildrenAsync(db, CurrentUser.Require(User), parentId, ct));
}
