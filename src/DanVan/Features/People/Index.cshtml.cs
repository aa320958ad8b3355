using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.People;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public Page<PersonDto> Results { get; private set; } = new([], null);
    public string? UnitName { get; private set; }
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var result = await ListPeople.HandleAsync(db, me, new ListPeople.Query(Q, UnitId, 50, Cursor), ct);
        if (result.Error is { } error)
        {
            return this.ToPage(error);
        }

        Results = result.Value!;
        CanManage = await Scope.HoldsAnywhereAsync(db, me, Permission.ManagePeople, ct);
        if (UnitId is { } unitId)
        {
            UnitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        }

        return Page();
    }
}
