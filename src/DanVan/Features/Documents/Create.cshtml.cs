using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Documents;

public sealed class CreateModel(AppDbContext db) : DocumentFormModel(db)
{
    /// <summary>The pasted text of step 1 (posted only by the "Nhận dạng" form).</summary>
    [BindProperty]
    public string? Text { get; set; }

    public string? ExtractError { get; private set; }
    public ExtractionDto? Extraction { get; private set; }

    public override string FormAction => "/Documents/Create";
    public override string CancelUrl => "/Documents";
    public override bool OffersFile => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadUnitsAsync(CurrentUser.Require(User), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostExtractAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        // The step-2 form was not posted: its empty fields' validation errors and attempted values must not show.
        ModelState.Clear();
        var result = await ExtractDocument.HandleAsync(Db, me, Text, ct);
        if (result.Error is { } error)
        {
            ExtractError = error.Message;
        }
        else
        {
            var x = result.Value!;
            Extraction = x;
            Input = new DocumentInput
            {
                Number = x.Number, Type = x.Type, IssuerName = x.Issuer, IssuerUnitId = x.IssuerUnitId, Place = x.Place,
                IssueDate = x.IssueDate, Title = x.Title, Signer = x.Signer, SigningCapacity = x.SigningCapacity, Body = Text,
                Citations = x.Citations.Select(c => new CitationInput { Number = c.Number, Type = c.Type, IssueDate = c.IssueDate, Issuer = c.Issuer })
                    .ToList(),
            };
            Keep = Enumerable.Range(0, x.Citations.Count).ToList();
            Notes = x.Citations.Select(c => new CitationNote { Text = c.Text, ExistingId = c.ExistingId }).ToList();
        }

        await LoadUnitsAsync(me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (ModelState.IsValid)
        {
            var result = await CreateDocument.HandleAsync(Db, me, KeptInput(), ct);
            if (result.Error is null)
            {
                var id = result.Value!.Id;
                TempData["Message"] = $"Đã vào sổ văn bản số {result.Value.Number}.";
                if (file is not null)
                {
                    // The document is already saved: a rejected file must not lose it, so the user lands on the new
                    // record with a warning and can attach a proper file from there.
                    var attached = await AddAttachment.HandleAsync(Db, me, id, file, ct);
                    if (attached.Error is { } fileError)
                    {
                        TempData["Warning"] = $"Văn bản đã được lưu nhưng chưa đính kèm được tệp: {fileError.Message}";
                    }
                }

                return Redirect($"/Documents/Details/{id}");
            }

            ModelState.AddError(result.Error);
        }

        await LoadUnitsAsync(me, ct);
        return Page();
    }
}
