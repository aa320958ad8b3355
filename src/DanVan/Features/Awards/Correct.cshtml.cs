using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// /Awards/Correct/{id}: one entry of the register, its corrections (newest first) and, for whoever may correct it
/// (<see cref="AwardRecordScope.Correctable"/>), the form pre-filled with the entry and the reason to give — the same
/// operation as POST /award-records/{id}/correction. A refusal (written by a decision, revoked, withdrawn) is said instead
/// of the form; a wrong holder is not corrected here but withdrawn and written anew (linked).
/// </summary>
public sealed class CorrectModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public CorrectAwardRecordInput Input { get; set; } = new();

    /// <summary>The version the form was read at (ADR 0013): a correction saved meanwhile refuses this one.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public AwardRecordDetailDto Detail { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];
    public int ThisYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } error)
        {
            return this.ToPage(error);
        }

        var e = Detail.Entry;
        Input = new CorrectAwardRecordInput
        {
            AwardKindId = e.AwardKindId, HouseholdName = e.Subject == AwardSubject.Household ? e.HolderName : null, Year = e.Year, Type = e.Type,
            DecisionNumber = e.DecisionNumber, DecisionDate = e.DecisionDate, DecisionDocumentId = e.DecisionDocumentId, Note = e.Note,
        };
        Version = e.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await CorrectAwardRecord.HandleAsync(db, CurrentUser.Require(User), id, Input, Version, ct);
            if (result.Value is { } saved)
            {
                TempData["Message"] = $"Đã sửa mục sổ khen thưởng: {saved.HolderName} — {saved.AwardName} năm {saved.Year} (Quyết định số {saved.DecisionNumber}).";
                return Redirect($"/Awards/Register?q={Uri.EscapeDataString(saved.HolderName)}#award-{id}");
            }

            if (this.ToPageOrNote(result.Error!) is { } refused)
            {
                return refused;
            }
        }

        return await LoadAsync(id, ct) is { } error ? this.ToPage(error) : Page();
    }

    private async Task<AppError?> LoadAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (!(await CorrectAwardRecord.DetailAsync(db, me, id, ct)).TryGet(out var detail, out var error))
        {
            return error;
        }

        Detail = detail;
        ThisYear = VnTime.Today(db.Time).Year;
        var subject = detail.Entry.Subject;
        Kinds = (await db.AwardKinds.AsNoTracking().Where(k => k.TenantId == me.TenantId).OrderBy(k => k.Position).ThenBy(k => k.Code)
                .Select(k => new { k.Id, k.Name, k.ForIndividuals, k.ForCollectives, k.ForHouseholds }).ToListAsync(ct))
            .Where(k => k.Id == detail.Entry.AwardKindId // the entry's own award stays selectable even if the catalogue changed since
                || subject switch { AwardSubject.Individual => k.ForIndividuals, AwardSubject.Collective => k.ForCollectives, _ => k.ForHouseholds })
            .Select(k => new SelectListItem(k.Name, k.Id.ToString())).ToList();
        return null;
    }
}
