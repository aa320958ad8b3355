using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Movements;

public sealed class FilePlanModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid UnitId { get; set; }

    [BindProperty]
    public FilePlan.Input Input { get; set; } = new();

    /// <summary>The obligation's version when the page was opened (ADR 0013): a change made since then is not overwritten.</summary>
    [BindProperty]
    public int? Version { get; set; }

    /// <summary>Words narrowing the list of the unit's registered plans.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    /// <summary>The unit's own registered plans, to file one of them instead of entering a new document.</summary>
    public IReadOnlyList<PlanChoices.Choice> Choices { get; private set; } = [];

    public MovementDto Movement { get; private set; } = null!;
    public MyObligationDto Obligation { get; private set; } = null!;

    /// <summary>A filed plan may be taken back until the due date (the rule is PlanObligation.CanWithdraw).</summary>
    public bool CanWithdraw => Obligation.CanWithdraw;

    /// <summary>Today in Vietnam (yyyy-MM-dd), the latest issue date the form accepts.</summary>
    public string Today => VnTime.Today(db.Time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>This unit's steps (filing, withdrawal, waiver, extension) from the movement's history.</summary>
    public IEnumerable<EventDto> UnitHistory => Movement.History.Where(e => e.UnitId == Obligation.UnitId);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var name = Movement.Name.StartsWith("Phong trào", StringComparison.Ordinal) ? "p" + Movement.Name[1..] : Movement.Name;
        Input.Title = $"Triển khai {name}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        Input.UnitId = UnitId; // from the route, not the form
        ModelState.Remove("Input.UnitId");
        if (ModelState.IsValid)
        {
            UploadedFile? upload = null;
            if (file is { Length: > 0 })
            {
                var read = await FileCheck.ReadAsync(file, AddAttachment.Allowed, ct);
                if (read.Error is { } bad)
                {
                    ModelState.AddError(bad);
                    return await LoadAsync(ct) ? Page() : NotFound();
                }

                upload = read.Value;
            }

            var result = await FilePlan.HandleAsync(db, me, Id, Input, upload, Version, ct);
            if (result.Error is null)
            {
                TempData["Message"] = result.Value!.Status == PlanStatus.Late
                    ? "Đã nộp kế hoạch (sau hạn: ghi nhận trễ hạn)."
                    : "Đã nộp kế hoạch đúng hạn.";
                return Redirect($"/Movements/Details/{Id}");
            }

            return await this.ToPageAsync(result.Error, RedisplayAsync);
        }

        return await RedisplayAsync();

        async Task<IActionResult> RedisplayAsync() => await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        var result = await WithdrawPlan.HandleAsync(db, CurrentUser.Require(User), Id, UnitId, Version, ct);
        if (result.Error is null)
        {
            TempData["Message"] = "Đã rút lại kế hoạch; đơn vị có thể nộp kế hoạch khác trước hạn.";
            return Redirect($"/Movements/FilePlan/{Id}?unitId={UnitId}");
        }

        return await this.ToPageAsync(result.Error, RedisplayAsync);

        async Task<IActionResult> RedisplayAsync() => await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var result = await GetMovement.HandleAsync(db, CurrentUser.Require(User), Id, ct);
        if (result.Error is not null || result.Value!.MyObligations.FirstOrDefault(o => o.UnitId == UnitId) is not { } obligation)
        {
            return false;
        }

        Movement = result.Value!;
        Obligation = obligation;
        if (obligation.PlanDocumentId is null && obligation.WaivedReason is null && Movement.Status == MovementStatus.Launched)
        {
            Choices = await PlanChoices.HandleAsync(db, CurrentUser.Require(User), UnitId, VietnameseText.Clean(Q), ct);
        }

        return true;
    }
}
