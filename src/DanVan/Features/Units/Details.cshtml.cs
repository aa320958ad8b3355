using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Units;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetUnit.Detail Detail { get; private set; } = null!;
    public IReadOnlyList<UnitTree.Node> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var result = await GetUnit.HandleAsync(db, me, id, ct);
        if (result.Error is not null)
        {
            return NotFound();
        }

        Detail = result.Value!;
        Children = await UnitTree.ChildrenAsync(db, me, id, ct);
        return Page();
    }
}
