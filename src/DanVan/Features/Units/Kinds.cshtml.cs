using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

public sealed class KindsModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Code, string Name, int Units);

    [BindProperty]
    public CreateUnitKind.Input Input { get; set; } = new();

    public IReadOnlyList<Row> Kinds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await CreateUnitKind.HandleAsync(db, CurrentUser.Require(User), Input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = $"Đã thêm loại đơn vị “{result.Value!.Name}”.";
                return RedirectToPage();
            }

            ModelState.AddError(result.Error);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var tenantId = CurrentUser.Require(User).TenantId;
        Kinds = await db.UnitKinds.AsNoTracking().Where(k => k.TenantId == tenantId).OrderBy(k => k.SortOrder)
            .Select(k => new Row(k.Code, k.Name, db.Units.Count(u => u.KindId == k.Id))).ToListAsync(ct);
    }
}
