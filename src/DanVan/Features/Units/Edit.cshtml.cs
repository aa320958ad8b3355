using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public string? ParentName { get; private set; }
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? parentId, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (Id is { } id)
        {
            if (await Access.CheckAsync(db, me, id, Permission.ManageUnits, Permission.ViewUnits, "đơn vị", ct) is { } denied)
            {
                return this.ToPage(denied);
            }

            var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == id, ct);
            Input = new UnitInput { Code = unit.Code, Name = unit.Name, ShortName = unit.ShortName, KindId = unit.KindId, ValidFrom = unit.ValidFrom };
        }
        else
        {
            Input.ParentId = parentId ?? await db.Units.VisibleTo(db, me, Permission.ManageUnits).OrderBy(u => u.Depth).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        }

        await LoadAsync(me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (ModelState.IsValid)
        {
            var result = Id is { } id
                ? await UpdateUnit.HandleAsync(db, me, id, Input, ct)
                : await CreateUnit.HandleAsync(db, me, Input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = Id is null ? "Đã thêm đơn vị." : "Đã lưu thay đổi.";
                return Redirect($"/Units/Details/{result.Value!.Id}");
            }

            return await this.ToPageAsync(result.Error, RedisplayAsync);
        }

        return await RedisplayAsync();

        async Task<IActionResult> RedisplayAsync()
        {
            await LoadAsync(me, ct);
            return Page();
        }
    }

    private async Task LoadAsync(CurrentUser me, CancellationToken ct)
    {
        Kinds = await db.UnitKinds.AsNoTracking().Where(k => k.TenantId == me.TenantId).OrderBy(k => k.SortOrder)
            .Select(k => new SelectListItem(k.Name, k.Id.ToString())).ToListAsync(ct);
        if (Input.ParentId is { } parentId)
        {
            ParentName = await db.Units.VisibleTo(db, me, Permission.ViewUnits).Where(u => u.Id == parentId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        }
    }
}
