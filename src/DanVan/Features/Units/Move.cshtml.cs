using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

public sealed class MoveModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid? NewParentId { get; set; }

    public string UnitName { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Access.CheckAsync(db, CurrentUser.Require(User), Id, Permission.ManageUnits, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return this.ToPage(denied);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await MoveUnit.HandleAsync(db, CurrentUser.Require(User), Id, new MoveUnit.Input(NewParentId), ct);
        if (result.Error is null)
        {
            TempData["Message"] = "Đã chuyển đơn vị.";
            return Redirect($"/Units/Details/{Id}");
        }

        return await this.ToPageAsync(result.Error, async () => await LoadAsync(ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var name = await db.Units.VisibleTo(db, me, Permission.ManageUnits).Where(u => u.Id == Id).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return false;
        }

        UnitName = name;
        Parents = await UnitOptions.ForAsync(db, me, Permission.ManageUnits, ct);
        return true;
    }
}
