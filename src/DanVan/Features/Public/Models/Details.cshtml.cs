using DanVan.Features.Models;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Public.Models;

/// <summary>One published, recognised model for the public; anything else answers 404.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicOutput.ItemPolicy)]
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public PublicModelDto Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        PublicCache.Apply(HttpContext);
        var result = await PublicModels.GetAsync(db, id, ct);
        if (result.Error is not null)
        {
            return NotFound();
        }

        Item = result.Value!;
        return Page();
    }
}
