using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.People;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetPerson.Detail Detail { get; private set; } = null!;

    /// <summary>Ratings by year and disciplines (Features/Ratings).</summary>
    public Ratings.GetPersonRatings.Detail? Ratings { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await GetPerson.HandleAsync(db, CurrentUser.Require(User), id, ct);
        if (result.Error is not null)
        {
            return NotFound();
        }

        Detail = result.Value!;
        Ratings = (await DanVan.Features.Ratings.GetPersonRatings.HandleAsync(db, CurrentUser.Require(User), id, ct)).Value;
        return Page();
    }
}
