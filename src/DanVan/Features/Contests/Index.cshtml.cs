using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>The contests the caller sees; "Tạo hội thi" for whoever may organise one somewhere.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<ContestListItem> Items { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        Items = await ListContests.HandleAsync(db, me, ct);
        CanCreate = await Scope.HoldsAnywhereAsync(db, me, Permission.ManageContests, ct);
    }
}
