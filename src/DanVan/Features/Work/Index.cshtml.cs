using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Work;

/// <summary>The whole work list, paged (the home page shows its first items).</summary>
public sealed class IndexModel(AppDbContext db, IEnumerable<IWorkProvider> providers, WorkSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public GetMyWork.WorkList Work { get; private set; } = null!;

    public int MaxDepth => settings.MaxDepth;

    public async Task OnGetAsync(CancellationToken ct) =>
        Work = await GetMyWork.HandleAsync(db, CurrentUser.Require(User), providers, settings, PageNumber, null, ct);
}
