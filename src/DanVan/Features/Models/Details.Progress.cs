using DanVan.Features.Accounts;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Models;

/// <summary>The model page's progress-report and evidence handlers.</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostProgressAsync(ProgressForm progress, IFormFile? photo, CancellationToken ct)
    {
        ModelState.Clear();
        Progress = progress;
        var input = progress.ToInput(indicators, out var invalid);
        if (invalid is not null)
        {
            ModelState.AddModelError("progress.Values", invalid);
        }
        else if (InputValidation.Errors(input) is { } errors)
        {
            AddErrors(errors, "progress");
        }
        else
        {
            var result = await AddProgress.HandleAsync(db, CurrentUser.Require(User), indicators, Id, input, photo, ct);
            if (Handled(result.Error, "Đã ghi nhận báo cáo tiến độ" + (photo is null ? "." : " kèm minh chứng."), "progress") is { } done)
            {
                return done;
            }
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(IFormFile? file, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await AddEvidence.HandleAsync(db, CurrentUser.Require(User), Id, null, file, ct);
        return Handled(result.Error, $"Đã tải lên minh chứng “{result.Value?.FileName}”.", "evidence") ?? (await LoadAsync(ct) ? Page() : NotFound());
    }
}
