using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Units;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetUnit.Detail Detail { get; private set; } = null!;
    public IReadOnlyList<UnitTree.Node> Children { get; private set; } = [];

    /// <summary>The unit's collective awards, its predecessors' included (Features/Awards); null without ViewAwards here.</summary>
    public GetAwardHistory.Card? Awards { get; private set; }

    [BindProperty]
    public CancelPendingHandover.Input Cancel { get; set; } = new();

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
        Awards = (await GetAwardHistory.ForUnitAsync(db, me, id, ct)).Value;
        return Page();
    }

    /// <summary>The decision was withdrawn: the work that was to pass on the date stays (reason required, shown on this page).</summary>
    public async Task<IActionResult> OnPostCancelHandoverAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await CancelPendingHandover.HandleAsync(db, CurrentUser.Require(User), id, Cancel, ct);
            if (result.Error is null)
            {
                TempData["Message"] = "Đã hủy việc chuyển giao; những gì định chuyển ở lại đơn vị.";
                return Redirect($"/Units/Details/{id}");
            }

            if (this.ToPageOrNote(result.Error, nameof(Cancel)) is { } status)
            {
                return status;
            }
        }

        return await OnGetAsync(id, ct);
    }
}
