using DanVan.Features.Notices;
using DanVan.Features.Public.Models;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Public.Notices;

/// <summary>The published notices of every province, newest first (anonymous).</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<PublicNoticeSummary> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PublicCache.Apply(HttpContext);
        Notices = await PublicNotices.ListAsync(db, ct);
    }
}
