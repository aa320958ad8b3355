using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Decisions;

/// <summary>One decision: awardees with amounts, remove one with a reason, the Tờ trình and Quyết định as DOCX, issue with the signed copy.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public Guid AwardeeId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public int? Number { get; set; }

    public DecisionDto Decision { get; private set; } = null!;
    public bool CanManage { get; private set; }

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        var result = await RemoveAwardee.HandleAsync(db, Me, Id, AwardeeId, new RemoveAwardeeInput { Reason = Reason }, Version, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = "Đã đưa ra khỏi danh sách, lý do được lưu.";
        return Redirect($"/Decisions/Details/{Id}");
    }

    public async Task<IActionResult> OnPostIssueAsync(IFormFile? file, CancellationToken ct)
    {
        var result = await IssueDecision.HandleAsync(db, Me, Id, new IssueInput(Date, Number), file, Version, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = $"Đã ban hành Quyết định số {result.Value!.Number} và ghi sổ khen thưởng cho {result.Value.Awardees.Count} người, tập thể.";
        return Redirect($"/Decisions/Details/{Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var found = await DecisionAccess.Rule.FindAsync(db, Me, Id, ct);
        if (!found.TryGet(out var decision, out var error))
        {
            return this.ToPage(error);
        }

        Decision = await DecisionViews.ToDtoAsync(db, decision, ct);
        CanManage = await DecisionAccess.Rule.CanAsync(db, Me, decision, Permission.ManageAwardRecords, ct);
        return null;
    }
}
