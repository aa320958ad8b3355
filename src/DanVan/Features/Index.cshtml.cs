using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features;

public sealed class IndexModel(AppDbContext db, IEnumerable<IWorkProvider> providers, WorkSettings settings) : PageModel
{
    public AccountsApi.MeDto Me { get; private set; } = null!;
    /// <summary>The first items of the user's work list (the whole list is /Work).</summary>
    public GetMyWork.WorkList Work { get; private set; } = null!;

    public int ActiveUnits { get; private set; }
    public int ClosedUnits { get; private set; }
    public int People { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        Me = await AccountsApi.GetMeAsync(db, me, ct);
        Work = await GetMyWork.HandleAsync(db, me, providers, settings, 1, settings.HomeItems, ct);
        var units = db.Units.VisibleTo(db, me, Permission.ViewUnits);
        var today = VnTime.Today(db.Time);
        ActiveUnits = await units.ActiveOn(today).CountAsync(ct);
        ClosedUnits = await units.ClosedOn(today).CountAsync(ct);
        People = await db.People.VisibleTo(db, me, Permission.ViewPeople).CountAsync(ct);
    }
}
