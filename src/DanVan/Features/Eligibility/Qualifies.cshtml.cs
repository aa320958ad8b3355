using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Nominations;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Features.Eligibility;

/// <summary>/Eligibility/Qualifies: "who qualifies" for an award in a unit's subtree (the same operation as GET /eligibility/qualifies).</summary>
public sealed class QualifiesModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? AwardKindId { get; set; }

    [BindProperty(SupportsGet = true)]
    public AwardSubject? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public Verdict? Verdict { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? P { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? MovementId { get; set; }

    public IReadOnlyList<SelectListItem> Movements { get; private set; } = [];

    public WhoQualifies.View? Result { get; private set; }

    /// <summary>Where "Đề nghị" leads for each passing or "cannot tell" row the caller may propose (by nominee id).</summary>
    public IReadOnlyDictionary<Guid, ProposeLinks.Target> Propose { get; private set; } = new Dictionary<Guid, ProposeLinks.Target>();
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    /// <summary>The query of this view without the page number (the pager adds it).</summary>
    public string Filter => $"awardKindId={AwardKindId}&subject={Subject}&unitId={UnitId}&year={Year}"
        + (Date is { } d ? $"&date={d:yyyy-MM-dd}" : "") + (MovementId is { } m ? $"&movementId={m}" : "") + (Verdict is { } v ? $"&verdict={v}" : "") + $"&q={Uri.EscapeDataString(Q ?? "")}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        ModelState.Clear();
        Kinds = await EligibilityChoices.KindsAsync(db, me, null, ct);
        Units = await UnitOptions.ForAsync(db, me, Permission.ViewAwards, ct);
        Movements = await EligibilityChoices.MovementsAsync(db, me, ct);
        UnitId ??= Units.Count > 0 && Guid.TryParse(Units[0].Value, out var first) ? first : null;
        if (AwardKindId is not { } kindId)
        {
            return Page();
        }

        var result = await WhoQualifies.HandleAsync(db, me, new WhoQualifies.Query(kindId, UnitId, Subject, Year, Date, Verdict, Q, P, MovementId), ct);
        if (result.Error is { } error)
        {
            return this.ToPageOrNote(error, "") ?? Page();
        }

        Result = result.Value;
        Year = Result!.Year;
        Subject = Result.Subject;
        Propose = await ProposeLinks.ForAsync(db, me, kindId, Result.Year,
            Result.Rows.Where(row => row.Verdict != global::DanVan.Features.Eligibility.Verdict.Fail).Select(row => (row.Nominee.Id, row.Nominee.UnitId)).ToList(), ct);
        return Page();
    }
}
