using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Features.Eligibility;

/// <summary>/Eligibility/Proof: one nominee's proof sheet for an award (the same operation as GET /eligibility/sheet), another award or year a click away.</summary>
public sealed class ProofModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid AwardKindId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? MovementId { get; set; }

    public ProofSheet? Sheet { get; private set; }
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var subject = PersonId is null ? Awards.AwardSubject.Collective : Awards.AwardSubject.Individual;
        Kinds = await EligibilityChoices.KindsAsync(db, me, subject, ct);
        if (AwardKindId == Guid.Empty)
        {
            if (PersonId is null && UnitId is null)
            {
                return this.ToPage(EligibilityErrors.NomineeRequired);
            }

            return Page();
        }

        var result = await GetProofSheet.HandleAsync(db, me, new GetProofSheet.Query(AwardKindId, PersonId, UnitId, Year, Date, MovementId), ct);
        if (result.Error is { } error)
        {
            return this.ToPageOrNote(error, "") ?? Page();
        }

        Sheet = result.Value;
        Year ??= Sheet?.Year;
        return Page();
    }
}
