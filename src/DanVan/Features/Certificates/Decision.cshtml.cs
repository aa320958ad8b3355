using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Certificates;

/// <summary>A decision's certificates: state, verification code, single and batch downloads (PDF, ZIP), re-issue with a reason.</summary>
public sealed class DecisionModel(AppDbContext db, IConfiguration config) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid CertificateId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public DecisionCertificatesDto Certificates { get; private set; } = null!;

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    [BindProperty]
    public CertificateBatchFormat? Format { get; set; }

    /// <summary>Queues the whole decision's printing as a background job and opens its progress page.</summary>
    public async Task<IActionResult> OnPostBatchAsync([FromServices] Infrastructure.Pdf.PdfRenderer pdf, CancellationToken ct)
    {
        if (Format is not { } format)
        {
            ModelState.AddModelError(string.Empty, "Chọn cách in: một tệp PDF hoặc tệp ZIP gồm từng bản.");
            return await LoadAsync(ct) ?? Page();
        }

        var result = await StartCertificateBatch.HandleAsync(db, pdf, Me, Id, format, VerifyLink.Base(Request, config), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        return Redirect($"/Jobs/{result.Value!.Id}");
    }

    public async Task<IActionResult> OnPostReissueAsync(CancellationToken ct)
    {
        var result = await ReissueCertificate.HandleAsync(db, Me, CertificateId, new ReissueInput(Reason), VerifyLink.Base(Request, config), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = $"Đã cấp lại bản của {result.Value!.HolderName}; bản cũ không còn giá trị.";
        return Redirect($"/Certificates/Decision/{Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!(await ListCertificates.HandleAsync(db, Me, Id, VerifyLink.Base(Request, config), ct)).TryGet(out var list, out var error))
        {
            return this.ToPage(error);
        }

        Certificates = list;
        return null;
    }
}
