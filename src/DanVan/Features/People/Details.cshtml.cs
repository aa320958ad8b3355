using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Ratings;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.People;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetPerson.Detail Detail { get; private set; } = null!;

    /// <summary>Ratings by year and disciplines (Features/Ratings).</summary>
    public GetPersonRatings.Detail? Ratings { get; private set; }

    /// <summary>The person's awards (Features/Awards); null when the user may not read the award register here.</summary>
    public GetAwardHistory.Card? Awards { get; private set; }

    /// <summary>A disciplinary measure recorded from the person's page (the same operation as POST /people/{id}/disciplines).</summary>
    [BindProperty]
    public DisciplineInput Discipline { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear(); // a GET binds nothing: the discipline form starts empty
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDisciplineAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        var result = await RecordDiscipline.HandleAsync(db, CurrentUser.Require(User), id, Discipline, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(id, ct) ? Page() : NotFound());
        }

        TempData["Message"] = $"Đã ghi quyết định kỷ luật {result.Value!.KindLabel.ToLowerInvariant()} số {result.Value.DecisionNumber}.";
        return Redirect($"/People/Details/{id}#ratings");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var user = CurrentUser.Require(User);
        var result = await GetPerson.HandleAsync(db, user, id, ct);
        if (result.Error is not null)
        {
            return false;
        }

        Detail = result.Value!;
        Ratings = (await GetPersonRatings.HandleAsync(db, user, id, ct)).Value;
        Awards = (await GetAwardHistory.ForPersonAsync(db, user, id, ct)).Value;
        return true;
    }
}
