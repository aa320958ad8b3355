using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// The province's rubric for scoring models: the version in force, every version with its basis, and — for the province's
/// reviewing body — a form to publish a new version (the rows of the version in force, editable, plus empty rows to add;
/// a row left without code and name is dropped).
/// </summary>
public sealed class RubricModel(AppDbContext db) : PageModel
{
    /// <summary>Empty rows offered below the current criteria for new ones.</summary>
    public const int SpareRows = 3;


    private static readonly DocumentType[] CitableTypes =
        [DocumentType.Decision, DocumentType.Guidance, DocumentType.Regulation, DocumentType.Rules, DocumentType.Plan, DocumentType.Instruction];

    [BindProperty]
    public RubricInput Form { get; set; } = new();

    public IReadOnlyList<RubricDto> Versions { get; private set; } = [];
    public RubricDto? InForce => Versions.FirstOrDefault(v => v.InForce);
    public bool CanPublish { get; private set; }

    /// <summary>The register's documents a rubric may cite (decisions, guidance, regulations, rules, plans), newest first.</summary>
    public IReadOnlyList<(Guid Id, string Label)> CitationChoices { get; private set; } = [];
    public DateOnly Today => VnTime.Today(db.Time);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        var current = InForce;
        Form = new RubricInput
        {
            EffectiveFrom = Today,
            MinScore = current?.MinScore ?? ModelRubric.DefaultMinScore,
            Criteria = (current?.Criteria ?? []).Select(c => new CriterionInput { Code = c.Code, Name = c.Name, Guidance = c.Guidance, MaxScore = c.MaxScore })
                .Concat(Enumerable.Range(0, SpareRows).Select(_ => new CriterionInput())).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var input = new RubricInput
        {
            EffectiveFrom = Form.EffectiveFrom,
            MinScore = Form.MinScore,
            Citation = Form.Citation,
            CitationDocumentId = Form.CitationDocumentId,
            Criteria = (Form.Criteria ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Code) || !string.IsNullOrWhiteSpace(c.Name)).ToList(),
        };
        if (InputValidation.Errors(input) is { } errors)
        {
            foreach (var message in errors.Values.SelectMany(m => m))
            {
                ModelState.AddModelError("", message);
            }
        }
        else
        {
            var result = await PublishRubric.HandleAsync(db, CurrentUser.Require(User), input, ct);
            if (result.Error is { } error)
            {
                if (this.ToPageOrNote(error, "Form") is { } answered)
                {
                    return answered;
                }
            }
            else
            {
                TempData["Message"] = $"Đã ban hành bộ tiêu chí phiên bản {result.Value!.Version}, áp dụng từ {VnTime.Date(result.Value.EffectiveFrom)}.";
                return Redirect("/Models/Rubric");
            }
        }

        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        var shown = Form.Criteria ?? [];
        Form.Criteria = [.. shown, .. Enumerable.Range(0, Math.Max(0, SpareRows - shown.Count(c => string.IsNullOrWhiteSpace(c.Code) && string.IsNullOrWhiteSpace(c.Name))))
            .Select(_ => new CriterionInput())];
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var versions = await GetRubric.VersionsAsync(db, me, ct);
        if (versions.Error is { } error)
        {
            return this.ToPage(error);
        }

        Versions = versions.Value!;
        CanPublish = await PublishRubric.MayPublishAsync(db, me, ct);
        if (CanPublish)
        {
            CitationChoices = await DocumentAccess.CitationChoicesAsync(db, me, CitableTypes, ct);
        }

        return null;
    }
}
