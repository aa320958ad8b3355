using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>The owner unit reports a model's progress: a dated narrative, indicator values and, optionally, one evidence file.</summary>
public static class AddProgress
{
    /// <summary>A progress report with its indicator values and, optionally, one evidence file attached to it — saved together or not at all.</summary>
    public static async Task<Result<ModelTimeline>> HandleAsync(AppDbContext db, CurrentUser user, ModelIndicators indicators, Guid id,
        ProgressInput input, IFormFile? evidenceFile, CancellationToken ct)
    {
        if (!(await ModelAccess.LoadAsync(db, user, id, Permission.ManageModels, ct)).TryGet(out var model, out var refused))
        {
            return refused;
        }

        if (!DvkModel.CanReportIn(model.Status))
        {
            return new AppError("model.progress_state", $"Mô hình đang ở trạng thái “{model.Status.Label()}” nên không báo cáo tiến độ được.", null, ErrorKind.Conflict);
        }

        if (input.ReportedOn is { } on && (on > VnTime.Today(db.Time) || on.Year < 1945))
        {
            return new AppError("model.progress_date", "Ngày báo cáo không được sau hôm nay.", "ReportedOn");
        }

        var values = input.Indicators ?? [];
        if (values.Keys.FirstOrDefault(k => !indicators.All.ContainsKey(k)) is { } unknown)
        {
            return new AppError("model.indicator", $"Chỉ tiêu “{unknown}” không có trong danh mục.", "Indicators");
        }

        if (values.Values.Any(v => v < 0 || v > 1_000_000_000_000m))
        {
            return new AppError("model.indicator_value", "Giá trị chỉ tiêu phải là số không âm và không quá 1.000 tỷ.", "Indicators");
        }

        UploadedFile? file = null;
        if (evidenceFile is not null)
        {
            if (await db.ModelEvidence.CountAsync(e => e.ModelId == id, ct) >= ModelEvidence.MaxPerModel)
            {
                return ModelErrors.EvidenceFull;
            }

            var read = await FileCheck.ReadAsync(evidenceFile, ModelEvidence.Kinds, ct);
            if (read.Error is not null)
            {
                return read.Error;
            }

            file = read.Value;
        }

        var progress = new ModelProgress(user.TenantId, id, input.ReportedOn!.Value, input.Narrative!, user.UserId, user.UserName);
        db.ModelProgress.Add(progress);
        foreach (var (code, value) in values)
        {
            db.ModelIndicatorValues.Add(new ModelIndicatorValue(user.TenantId, progress.Id, code, value));
        }

        if (file is not null)
        {
            db.ModelEvidence.Add(new ModelEvidence(user.TenantId, id, progress.Id, file.FileName, file.ContentType, file.Content.Length, file.Sha256));
            await db.Files.SaveAsync(file, ct);
        }

        await db.SaveChangesAsync(ct);
        return await GetTimeline.HandleAsync(db, user, indicators, id, ct);
    }
}
