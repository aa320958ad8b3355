using System.Text.Json;
using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// A model: its registration, recognition, lineage and history, and a form for each action the caller may take now. The
/// page's handlers live in partial files: transitions and publishing (<c>Details.Transition.cs</c>), progress and evidence
/// (<c>Details.Progress.cs</c>), scoring (<c>Details.Review.cs</c>); its cards in <c>_ModelActions</c>, <c>_ModelReviews</c>,
/// <c>_ModelRecognition</c>.
/// </summary>
public sealed partial class DetailsModel(AppDbContext db, ModelIndicators indicators) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public TransitionInput Input { get; set; } = new();

    /// <summary>The model's version the transition form was shown at; a transition based on an older one is refused (ADR 0013).</summary>
    [BindProperty]
    public int? Version { get; set; }

    public ModelDto Dto { get; private set; } = null!;
    public string? MovementName { get; private set; }
    public bool CanReplicate => Dto.CanReplicate;
    public IReadOnlyList<SelectListItem> Decisions { get; private set; } = [];
    public ModelTimeline Timeline { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> IndicatorLabels => indicators.All;

    /// <summary>The caller manages the owner unit's models and the model is in a state that takes progress reports.</summary>
    public bool CanReport => Dto.CanReport;

    public TimeProvider Clock => db.Time;

    public bool CanScore => Dto.CanScore;

    /// <summary>What the progress form posted, kept to refill it after an error.</summary>
    public ProgressForm Progress { get; private set; } = new();

    public ReviewInput Review { get; private set; } = new();

    /// <summary>One line chart per indicator that has values: the value reported at each report date.</summary>
    public IEnumerable<(string Code, string Label, string Config)> IndicatorCharts()
    {
        foreach (var (code, label) in IndicatorLabels)
        {
            var points = Timeline.Reports.Where(r => r.Indicators.ContainsKey(code)).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            yield return (code, label, JsonSerializer.Serialize(new
            {
                type = "line",
                data = new
                {
                    labels = points.Select(p => VnTime.Date(p.ReportedOn)).ToArray(),
                    datasets = new object[] { new { label, data = points.Select(p => p.Indicators[code]).ToArray(), borderColor = "#b02a37", backgroundColor = "#b02a37", tension = 0.2 } },
                },
                options = new { plugins = new { legend = new { display = false } }, scales = new { y = new { beginAtZero = true } } },
            }));
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Success → message and back to the page; otherwise the page rule of <see cref="ErrorResults.ToPageOrNote"/>.</summary>
    private IActionResult? Handled(AppError? error, string message, string prefix)
    {
        if (error is not null)
        {
            return this.ToPageOrNote(error, prefix);
        }

        TempData["Message"] = message;
        return Redirect($"/Models/Details/{Id}");
    }

    private void AddErrors(IDictionary<string, string[]> errors, string prefix)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"{prefix}.{field}", message);
            }
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var result = await GetModel.HandleAsync(db, me, Id, ct);
        if (result.Error is not null)
        {
            return false;
        }

        Dto = result.Value!;
        if (Dto.MovementId is { } movementId)
        {
            MovementName = (await MovementAccess.FindAsync(db, me, movementId, ct)).Value?.Name;
        }

        Timeline = (await GetTimeline.HandleAsync(db, me, indicators, Id, ct)).Value!;
        if (Dto.Actions.Contains(ModelAction.Recognise))
        {
            Decisions = await DecisionChoices.ListAsync(db, me, ct);
        }

        return true;
    }
}
