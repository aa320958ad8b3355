using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Shared;

/// <summary>The upload page shared by the Excel imports: one file in, the all-or-nothing report out.</summary>
public abstract class ImportPageModel(AppDbContext db) : PageModel
{
    /// <summary>Request body limit for the upload: the Excel reader's own limit plus room for the multipart envelope.</summary>
    public const long MaxRequestBytes = XlsxReader.MaxBytes + 64 * 1024;

    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, XlsxErrors.NoFile.Message);
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var result = await ImportAsync(db, CurrentUser.Require(User), stream, ct);
        if (result.Error is { } error)
        {
            ModelState.AddError(error);
            return Page();
        }

        Report = result.Value;
        return Page();
    }

    protected abstract Task<Result<ImportReport>> ImportAsync(AppDbContext db, CurrentUser user, Stream file, CancellationToken ct);
}
