using DanVan.Features.Accounts;
using DanVan.Features.Shared;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Assessments;

/// <summary>The province uploads a criteria set as published (the export's layout); a passing file becomes a new set, shown next.</summary>
[RequestSizeLimit(ImportPageModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportPageModel.MaxRequestBytes)]
public sealed class ImportSetModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Citation { get; set; }

    public ImportReport? Report { get; private set; }

    /// <summary>The newest set's export: a file in the right layout to start from.</summary>
    public CriteriaSetRow? Sample { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, XlsxErrors.NoFile.Message);
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var result = await ImportCriteriaSet.HandleAsync(db, CurrentUser.Require(User), stream, new CriteriaSetImportFields(Year, Name, Citation, null), ct);
        if (result.Error is { } error)
        {
            ModelState.AddError(error, "");
            return Page();
        }

        if (result.Value!.Set is not { } set)
        {
            Report = result.Value.Report;
            return Page();
        }

        TempData["Message"] = $"Đã nhập bộ tiêu chí với {set.Criteria.Count} tiêu chí; kiểm tra lại trước khi mở đợt đánh giá.";
        return Redirect($"/Assessments/CriteriaSet/{set.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (!await AssessmentAccess.CanManageAsync(db, me, ct))
        {
            return Forbid();
        }

        var sets = (await ListCriteriaSets.HandleAsync(db, me, null, ct)).Value?.Items ?? [];
        Sample = sets.Count > 0 ? sets[0] : null;
        return null;
    }
}
