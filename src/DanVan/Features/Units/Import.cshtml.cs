using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Units;

[RequestSizeLimit(XlsxReader.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = XlsxReader.MaxBytes + 64 * 1024)]
public sealed class ImportModel(AppDbContext db) : PageModel
{
    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "Vui lòng chọn tệp Excel (.xlsx) có dữ liệu.");
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var result = await ImportUnits.HandleAsync(db, CurrentUser.Require(User), stream, ct);
        if (result.Error is { } error)
        {
            ModelState.AddError(error);
            return Page();
        }

        Report = result.Value;
        return Page();
    }
}
