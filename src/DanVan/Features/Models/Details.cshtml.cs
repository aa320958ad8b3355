using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>A model: its registration, recognition, lineage and history, and a form for each action the caller may take now.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public TransitionInput Input { get; set; } = new();

    public ModelDto Dto { get; private set; } = null!;
    public string? MovementName { get; private set; }
    public bool CanReplicate { get; private set; }
    public IReadOnlyList<SelectListItem> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTransitionAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await TransitionModel.HandleAsync(db, CurrentUser.Require(User), Id, Input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = $"Đã thực hiện “{Input.Action!.Value.Label()}”: mô hình chuyển sang trạng thái “{result.Value!.Status.Label()}”.";
                return Redirect($"/Models/Details/{Id}");
            }

            switch (result.Error.Kind)
            {
                case ErrorKind.NotFound:
                    return NotFound();
                case ErrorKind.Forbidden:
                    return Forbid();
                default:
                    ModelState.AddError(result.Error);
                    break;
            }
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPublishAsync(bool published, CancellationToken ct)
    {
        var result = await PublishModel.HandleAsync(db, CurrentUser.Require(User), Id, new PublishModel.Input(published), ct);
        if (result.Error is null)
        {
            TempData["Message"] = published ? "Đã công bố mô hình trên trang công khai." : "Đã thôi công bố mô hình.";
            return Redirect($"/Models/Details/{Id}");
        }

        switch (result.Error.Kind)
        {
            case ErrorKind.NotFound:
                return NotFound();
            case ErrorKind.Forbidden:
                return Forbid();
            default:
                ModelState.AddError(result.Error);
                return await LoadAsync(ct) ? Page() : NotFound();
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
            MovementName = (await MovementAccess.FindAsync(db, me, movementId, ct))?.Name;
        }

        CanReplicate = Dto.Status == ModelStatus.Recognised && await Scope.HoldsAnywhereAsync(db, me, Permission.ManageModels, ct);
        if (Dto.Actions.Contains(ModelAction.Recognise))
        {
            Decisions = (await DocumentAccess.Visible(db, me).AsNoTracking().Where(d => d.Type == DocumentType.Decision && !d.IsStub)
                    .OrderByDescending(d => d.Id).Take(200).Select(d => new { d.Id, d.Number, d.Title }).ToListAsync(ct))
                .Select(d => new SelectListItem($"{d.Number} — {(d.Title.Length <= 90 ? d.Title : d.Title[..90] + "…")}", d.Id.ToString())).ToList();
        }

        return true;
    }
}
