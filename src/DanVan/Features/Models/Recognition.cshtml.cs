using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Features.Models;

/// <summary>Batch recognition: the proposed models the caller reviews, each marked "recognise", "not recognise" or left for later, under one decision.</summary>
public sealed class RecognitionModel(AppDbContext db) : PageModel
{
    public const string Recognise = "recognise";
    public const string Reject = "reject";

    [BindProperty(SupportsGet = true)]
    public Guid? MovementId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public RecognitionQueue.Queue Queue { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Decisions { get; private set; } = [];

    /// <summary>What was posted, kept to refill the form after an error.</summary>
    public Guid? DecisionId { get; private set; }
    public ModelLevel? Level { get; private set; }
    public int? Year { get; private set; }
    public string? Reason { get; private set; }
    public IReadOnlyDictionary<Guid, string> Choices { get; private set; } = new Dictionary<Guid, string>();

    public string Filters => $"movementId={MovementId}&q={Uri.EscapeDataString(Q ?? "")}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? decisionId, ModelLevel? level, int? year, string? reason, Dictionary<Guid, string>? choice,
        CancellationToken ct)
    {
        ModelState.Clear();
        (DecisionId, Level, Year, Reason, Choices) = (decisionId, level, year, reason, choice ?? []);
        var input = new BatchRecognitionInput
        {
            DecisionId = decisionId,
            Level = level,
            Year = year,
            Reason = reason,
            RecognisedIds = Choices.Where(c => c.Value == Recognise).Select(c => c.Key).ToList(),
            RejectedIds = Choices.Where(c => c.Value == Reject).Select(c => c.Key).ToList(),
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
            var result = await RecogniseModels.HandleAsync(db, CurrentUser.Require(User), input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = $"Đã ghi nhận quyết định: công nhận {input.RecognisedIds.Count} mô hình, không công nhận {input.RejectedIds.Count} mô hình.";
                return Redirect($"/Models/Recognition?{Filters}");
            }

            return await this.ToPageAsync(result.Error, RedisplayAsync);
        }

        return await RedisplayAsync();

        async Task<IActionResult> RedisplayAsync()
        {
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        Queue = (await RecognitionQueue.HandleAsync(db, me, MovementId, Q, ct)).Value!;
        Decisions = await DecisionChoices.ListAsync(db, me, ct);
    }
}
