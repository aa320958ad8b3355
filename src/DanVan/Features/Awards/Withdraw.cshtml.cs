using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Awards;

/// <summary>
/// /Awards/Withdraw/{id}: one entry of the register, and the form that takes it out as entered by mistake with the reason
/// (the same operation as POST /award-records/{id}/withdrawal). A refusal (written by a decision, revoked, already
/// withdrawn, no reason) is shown on the form; done, the register opens at the entry, struck through with the reason.
/// </summary>
public sealed class WithdrawModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public WithdrawForm Input { get; set; } = new();

    public AwardRecordDto Entry { get; private set; } = null!;

    /// <summary>Why this entry cannot be withdrawn (a decision wrote it, it was revoked or withdrawn already): said instead of the form.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await AwardRecordScope.CorrectionRefusalAsync(db, CurrentUser.Require(User), id, WithdrawAwardRecord.Step, ct) is { } refused)
        {
            if (refused.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
            {
                return this.ToPage(refused);
            }

            Refusal = refused.Message;
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await WithdrawAwardRecord.HandleAsync(db, CurrentUser.Require(User), id, new WithdrawAwardRecordInput(Input.Reason), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(id, ct) ? Page() : NotFound());
        }

        TempData["Message"] = $"Đã rút khỏi sổ: {result.Value!.AwardName} năm {result.Value.Year} của {result.Value.HolderName}. Mục vẫn hiện trong sổ kèm lý do và không còn được tính.";
        return Redirect($"/Awards/Register?q={Uri.EscapeDataString(result.Value.HolderName)}#award-{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await AwardRecordScope.Visible(db, CurrentUser.Require(User)).Where(r => r.Id == id).ToDtosAsync(db, ct);
        if (found.Count == 0)
        {
            return false;
        }

        Entry = found[0];
        return true;
    }

    public sealed class WithdrawForm
    {
        public string? Reason { get; set; }
    }
}
