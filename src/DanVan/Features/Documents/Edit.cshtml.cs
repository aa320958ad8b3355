using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Documents;

public sealed class EditModel(AppDbContext db) : DocumentFormModel(db)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public bool IsStub { get; private set; }

    public override string FormAction => $"/Documents/Edit/{Id}";
    public override string CancelUrl => $"/Documents/Details/{Id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var result = await GetDocument.HandleAsync(Db, me, Id, ct);
        if (result.Error is { } error)
        {
            return error.Kind == ErrorKind.NotFound ? NotFound() : BadRequest(error.Message);
        }

        var d = result.Value!;
        if (!d.CanEdit)
        {
            return Forbid();
        }

        IsStub = d.IsStub;
        Input = new DocumentInput
        {
            Number = d.Number, Type = d.Type, IssuerUnitId = d.IssuerUnitId, IssuerName = d.IssuerName, Place = d.Place,
            IssueDate = d.IssueDate, EffectiveFrom = d.EffectiveFrom, ExpiresOn = d.ExpiresOn, Status = d.Status, Signer = d.Signer,
            SigningCapacity = d.SigningCapacity, Title = d.Title, Body = d.Body,
        };
        await LoadUnitsAsync(me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (ModelState.IsValid)
        {
            var result = await UpdateDocument.HandleAsync(Db, me, Id, KeptInput(), ct);
            if (result.Error is null)
            {
                TempData["Message"] = "Đã lưu thay đổi.";
                return Redirect($"/Documents/Details/{Id}");
            }

            switch (result.Error.Kind)
            {
                case ErrorKind.NotFound:
                    return NotFound();
                case ErrorKind.Forbidden when result.Error.Field is null:
                    // Not allowed to edit this document at all. A refusal about one field (a relation that would change
                    // another unit's document) is shown on the form like any other error.
                    return Forbid();
                default:
                    ModelState.AddError(result.Error);
                    break;
            }
        }

        await LoadUnitsAsync(me, ct);
        return Page();
    }
}
