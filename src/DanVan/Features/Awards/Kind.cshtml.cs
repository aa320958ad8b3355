using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Awards;

/// <summary>
/// One award (/Awards/Kind/{id}): every dated version with what it requires and its citation, and — for Sở Nội vụ — the
/// form for a new version, pre-filled with the version in force (rules as rows; a row without a kind is dropped).
/// </summary>
public sealed class KindModel(AppDbContext db) : PageModel
{
    public AwardKindDto Kind { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public IReadOnlyList<string> Codes { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Label)> CitationChoices { get; private set; } = [];

    [BindProperty]
    public AwardTermsInput Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var current = Kind.InForce ?? (Kind.Versions.Count > 0 ? Kind.Versions[0] : null);
        Form = current is null ? new AwardTermsInput() : AwardCatalogue.ToInput(Terms(current));
        Form.EffectiveFrom = VnTime.Today(db.Time).AddDays(1);
        Form.Citation = null; // a new version states its own basis
        Form.CitationDocumentId = null;
        TermsForm.Pad(Form);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        if (TermsForm.Validate(this, Form, Form, "Form"))
        {
            var result = await ReviseAwardKind.HandleAsync(db, CurrentUser.Require(User), id, Form, ct);
            if (result.Error is { } error)
            {
                if (this.ToPageOrNote(error, "Form") is { } answered)
                {
                    return answered;
                }
            }
            else
            {
                var added = result.Value!.Versions.MaxBy(v => v.Number)!;
                TempData["Message"] = $"Đã ban hành phiên bản số {added.Number}, áp dụng từ {VnTime.Date(added.EffectiveFrom)}.";
                return Redirect($"/Awards/Kind/{id}");
            }
        }

        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        TermsForm.Pad(Form);
        return Page();
    }

    private static AwardTerms Terms(AwardVersionDto v) => new(v.EffectiveFrom, v.Active, v.Authorities, v.PrizeMultiple, v.CollectiveFactor,
        v.HouseholdFactor, v.Documents, v.ReportTemplate, v.QuotaPercent, v.QuotaBaseCode, v.VoteThresholdPercent, v.VoteBase, v.SecretBallot,
        v.NoticeWorkingDays, v.Rules.Select(r => new RuleSpec(r.Kind, r.AppliesTo, r.Level, r.Years, r.AwardCode, r.Months, r.InitiativeLevel, r.AnyOfGroup,
            r.Citation)).ToList(), v.Citation, v.CitationDocumentId, v.Note);

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var kind = await GetAwardKind.HandleAsync(db, me, id, ct);
        if (kind.Error is { } error)
        {
            return this.ToPage(error);
        }

        Kind = kind.Value!;
        CanManage = await AwardCatalogue.MayManageAsync(db, me, ct);
        if (CanManage)
        {
            (Codes, CitationChoices) = await TermsForm.ChoicesAsync(db, me, ct);
        }

        return null;
    }
}
