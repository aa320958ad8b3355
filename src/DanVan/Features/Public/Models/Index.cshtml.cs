using DanVan.Features.Models;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Public.Models;

/// <summary>The public list of published, recognised models; anonymous and cacheable.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicOutput.Policy)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public Page<PublicModelItem> Results { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PublicCache.Apply(HttpContext);
        var result = await PublicModels.ListAsync(db, Q, 24, Cursor, ct);
        if (result.Error is { } error)
        {
            return BadRequest(error.Message);
        }

        Results = result.Value!;
        return Page();
    }
}
