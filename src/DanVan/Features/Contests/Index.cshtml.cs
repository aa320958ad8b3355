using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>The contests the caller sees.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<ContestListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await ListContests.HandleAsync(db, CurrentUser.Require(User), ct);
}
