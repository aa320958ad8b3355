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
            return this.ToPage(error);
        }

        var d = result.Value!;
        if (!d.CanEdit)
        {
            return Forbid();
        }

        IsStub = d.IsStub;
        Version = d.Version;
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
            var result = await UpdateDocument.HandleAsync(Db, me, Id, KeptInput(), Version, ct);
            if (result.Error is null)
            {
                TempData["Message"] = "Đã lưu thay đổi.";
                return Redirect($"/Documents/Details/{Id}");
            }

            return await this.ToPageAsync(result.Error, () => RedisplayAsync(me, ct));
        }

        return await RedisplayAsync(me, ct);
    }

    private async Task<IActionResult> RedisplayAsync(CurrentUser me, CancellationToken ct)
    {
        await LoadUnitsAsync(me, ct);
        return Page();
    }
}
