using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public AccountsApi.MeDto Me { get; private set; } = null!;
    public int ActiveUnits { get; private set; }
    public int ClosedUnits { get; private set; }
    public int People { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        Me = await AccountsApi.GetMeAsync(db, me, ct);
        var units = db.Units.VisibleTo(db, me, Permission.ViewUnits);
        ActiveUnits = await units.CountAsync(u => u.IsActive, ct);
        ClosedUnits = await units.CountAsync(u => !u.IsActive, ct);
        People = await db.People.VisibleTo(db, me, Permission.ViewPeople).CountAsync(ct);
    }
}
