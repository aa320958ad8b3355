using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Features.People;

public sealed class TransferModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public TransferPerson.Input Input { get; set; } = new();

    public string PersonName { get; private set; } = "";
    public string CurrentUnit { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var detail = await GetPerson.HandleAsync(db, CurrentUser.Require(User), Id, ct);
        if (detail.Error is not null)
        {
            return NotFound();
        }

        return detail.Value!.CanManage ? (await LoadAsync(ct) ? Page() : NotFound()) : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await TransferPerson.HandleAsync(db, CurrentUser.Require(User), Id, Input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = "Đã điều động.";
                return Redirect($"/People/Details/{Id}");
            }

            ModelState.AddError(result.Error);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var detail = await GetPerson.HandleAsync(db, me, Id, ct);
        if (detail.Error is not null)
        {
            return false;
        }

        PersonName = detail.Value!.Person.FullName;
        CurrentUnit = detail.Value.Person.UnitName;
        Units = await UnitOptions.ForAsync(db, me, Permission.ManagePeople, ct);
        return true;
    }
}
