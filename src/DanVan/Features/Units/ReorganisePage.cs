using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// What the pages that reorganise one unit (move, dissolve, split, transfer part) share: the unit from the route, checked for
/// ManageUnits; the other units to choose a parent or successors from; and the one way an operation's error reaches the page.
/// </summary>
public abstract class ReorganisePage(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string UnitName { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    protected AppDbContext Db => db;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Access.CheckAsync(db, CurrentUser.Require(User), Id, Permission.ManageUnits, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return this.ToPage(denied);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>After the operation: back to the unit with a message, or the form again with the error on it.</summary>
    protected async Task<IActionResult> AfterAsync(AppError? error, string done, CancellationToken ct)
    {
        if (error is null)
        {
            TempData["Message"] = done;
            return Redirect($"/Units/Details/{Id}");
        }

        return await this.ToPageAsync(error, () => RedisplayAsync(ct));
    }

    protected async Task<IActionResult> RedisplayAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var name = await db.Units.VisibleTo(db, me, Permission.ManageUnits).Where(u => u.Id == Id).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return false;
        }

        UnitName = name;
        Units = (await UnitOptions.ForAsync(db, me, Permission.ManageUnits, ct)).Where(o => o.Value != Id.ToString()).ToList();
        return true;
    }
}
