using DanVan.Features.Accounts;
using DanVan.Features.Shared;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Reports;

/// <summary>
/// A unit's report: the unit fills it (computed figures pre-filled, a correction needs its reason), saves or submits it;
/// the level above accepts it or returns it with a reason next to each field concerned, shown in place to the unit.
/// </summary>
[RequestSizeLimit(ImportPageModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportPageModel.MaxRequestBytes)]
public sealed class SubmissionModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Reasons { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Returns { get; set; } = [];

    public SubmissionDto Report { get; private set; } = null!;

    /// <summary>The rows an uploaded Excel file was refused for (nothing saved).</summary>
    public ImportReport? ImportErrors { get; private set; }

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => FillAsync(false, "Đã lưu số liệu.", ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => FillAsync(true, "Đã nộp báo cáo lên cấp trên.", ct);

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        await DoneAsync(await ReviewReport.AcceptAsync(db, Me, Id, Version, ct), "Đã tiếp nhận báo cáo.", ct);

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken ct) =>
        await DoneAsync(await ReviewReport.ReturnAsync(db, Me, Id, new ReturnInput(Returns), Version, ct), "Đã trả lại báo cáo kèm lý do.", ct);

    /// <summary>The report's Excel, filled offline and uploaded: saved like "Lưu" (not submitted), or every bad row listed and nothing saved.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "Vui lòng chọn tệp Excel (.xlsx) của báo cáo này.");
            return await LoadAsync(ct) ?? Page();
        }

        await using var stream = file.OpenReadStream();
        var result = await ImportSubmission.HandleAsync(db, Me, Id, stream, Version, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), "file");
        }

        if (!result.Value!.Report.Succeeded)
        {
            ImportErrors = result.Value.Report;
            return await LoadAsync(ct) ?? Page();
        }

        TempData["Message"] = $"Đã nhập số liệu từ tệp Excel ({result.Value.Report.Imported} dòng) và lưu; kiểm tra lại rồi bấm “Nộp báo cáo”.";
        return Redirect($"/Reports/Submission/{Id}");
    }

    private async Task<IActionResult> FillAsync(bool submit, string message, CancellationToken ct)
    {
        var entries = Values.Select(v => new ReportSubmission.Entry(v.Key, v.Value, Reasons.GetValueOrDefault(v.Key))).ToList();
        return await DoneAsync(await FillReport.HandleAsync(db, Me, Id, new EntriesInput(entries), submit, Version, ct), message, ct);
    }

    private async Task<IActionResult> DoneAsync(Result<SubmissionDto> result, string message, CancellationToken ct)
    {
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), "Values");
        }

        TempData["Message"] = message;
        return Redirect($"/Reports/Submission/{Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var report = await GetReportSubmission.HandleAsync(db, Me, Id, ct);
        if (report.Error is { } error)
        {
            return this.ToPage(error);
        }

        Report = report.Value!;
        return null;
    }

    /// <summary>What the form shows in a line: what was just typed (after a refused post), else the stored or pre-filled value.</summary>
    public string? Shown(ReportLineDto line) => Values.TryGetValue(line.Code, out var typed) ? typed : line.Value;

    public string? ShownReason(ReportLineDto line) => Reasons.TryGetValue(line.Code, out var typed) ? typed : line.CorrectionReason;
}
