using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
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
        var today = VnTime.Today(db.Time);
        ActiveUnits = await units.ActiveOn(today).CountAsync(ct);
        ClosedUnits = await units.ClosedOn(today).CountAsync(ct);
        People = await db.People.VisibleTo(db, me, Permission.ViewPeople).CountAsync(ct);
    }
}
