using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Features.Units;

public sealed class MergeModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public MergeUnits.Input Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Units = await UnitOptions.ForAsync(db, CurrentUser.Require(User), Permission.ManageUnits, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (ModelState.IsValid)
        {
            var result = await MergeUnits.HandleAsync(db, me, Input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = "Đã sáp nhập đơn vị.";
                return Redirect($"/Units/Details/{result.Value!.Id}");
            }

            ModelState.AddError(result.Error);
        }

        Units = await UnitOptions.ForAsync(db, me, Permission.ManageUnits, ct);
        return Page();
    }
}
