using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// Implementation and review of a model: progress reports with indicators, evidence files (photos, PDF), the
/// reviewers' four-quality scores, a batch recognition by one decision, and the model's timeline.
/// </summary>
public static class ModelProgressOps
{
    public static readonly FileKind[] EvidenceKinds = [FileKind.Jpeg, FileKind.Png, FileKind.Pdf];
    public const int MaxEvidencePerModel = 50;
    public const int MaxBatch = 500;

    private static readonly AppError EvidenceFull = new("model.evidence_full", $"Mỗi mô hình có tối đa {MaxEvidencePerModel} tệp minh chứng.", "file");

    private static readonly ModelStatus[] Reportable = [ModelStatus.Registered, ModelStatus.Implementing, ModelStatus.Proposed, ModelStatus.Recognised];

    /// <summary>Progress may be reported from registration until recognition (and while a recognised model lives on).</summary>
    public static bool CanReport(ModelStatus status) => Reportable.Contains(status);

    /// <summary>A progress report with its indicator values and, optionally, one evidence file attached to it — saved together or not at all.</summary>
    public static async Task<Result<ModelTimeline>> AddProgressAsync(AppDbContext db, CurrentUser user, ModelIndicators indicators, Guid id,
        ProgressInput input, IFormFile? evidenceFile, CancellationToken ct)
    {
        var (model, error) = await OwnedAsync(db, user, id, ct);
        if (error is not null)
        {
            return error;
        }

        if (!CanReport(model!.Status))
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
            if (await db.ModelEvidence.CountAsync(e => e.ModelId == id, ct) >= MaxEvidencePerModel)
            {
                return EvidenceFull;
            }

            var read = await FileCheck.ReadAsync(evidenceFile, EvidenceKinds, ct);
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
            db.ModelEvidence.Add(new ModelEvidence(user.TenantId, id, progress.Id, file.FileName, file.ContentType, file.Content, file.Sha256));
        }

        await db.SaveChangesAsync(ct);
        return await TimelineAsync(db, user, indicators, id, ct);
    }

    public static async Task<Result<EvidenceDto>> AddEvidenceAsync(AppDbContext db, CurrentUser user, Guid id, Guid? progressId, IFormFile? file,
        CancellationToken ct)
    {
        var (model, error) = await OwnedAsync(db, user, id, ct);
        if (error is not null)
        {
            return error;
        }

        if (progressId is { } pid && !await db.ModelProgress.AnyAsync(p => p.Id == pid && p.ModelId == id, ct))
        {
            return AppError.NotFound("báo cáo tiến độ");
        }

        if (await db.ModelEvidence.CountAsync(e => e.ModelId == id, ct) >= MaxEvidencePerModel)
        {
            return EvidenceFull;
        }

        var read = await FileCheck.ReadAsync(file, EvidenceKinds, ct);
        if (read.Error is not null)
        {
            return read.Error;
        }

        var f = read.Value!;
        var evidence = new ModelEvidence(user.TenantId, model!.Id, progressId, f.FileName, f.ContentType, f.Content, f.Sha256);
        db.ModelEvidence.Add(evidence);
        await db.SaveChangesAsync(ct);
        return new EvidenceDto(evidence.Id, evidence.ProgressId, evidence.FileName, evidence.ContentType, evidence.Size,
            model.IsPublished && ModelEvidence.PhotoTypes.Contains(evidence.ContentType));
    }

    public static async Task<IResult> DownloadEvidenceAsync(AppDbContext db, CurrentUser user, Guid id, Guid evidenceId, CancellationToken ct)
    {
        var visible = ModelAccess.Visible(db, user).Where(m => m.Id == id).Select(m => m.Id);
        var file = await db.ModelEvidence.AsNoTracking().Where(e => e.Id == evidenceId && e.ModelId == id && visible.Contains(e.ModelId))
            .Select(e => new { e.FileName, e.ContentType, e.Content }).FirstOrDefaultAsync(ct);
        return file is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy tệp hoặc bạn không có quyền xem.")
            : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    public static async Task<Result<ModelTimeline>> ReviewAsync(AppDbContext db, CurrentUser user, ModelIndicators indicators, Guid id, ReviewInput input,
        CancellationToken ct)
    {
        var model = await ModelAccess.Visible(db, user).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (model is null)
        {
            return AppError.NotFound("mô hình");
        }

        if (!await Scope.CanAsync(db, user, Permission.ReviewModels, model.UnitId, ct))
        {
            return AppError.Forbidden;
        }

        if (model.Status != ModelStatus.Proposed)
        {
            return new AppError("model.review_state", "Chỉ chấm điểm mô hình đang được đề nghị công nhận.", null, ErrorKind.Conflict);
        }

        db.ModelReviews.Add(new ModelReview(user.TenantId, id, user.UserId, user.UserName, input.Truthful!.Value, input.Effective!.Value,
            input.Sustainable!.Value, input.Replicable!.Value, VietnameseText.Clean(input.Comments)));
        await db.SaveChangesAsync(ct);
        return await TimelineAsync(db, user, indicators, id, ct);
    }

    /// <summary>One decision recognises a batch of proposed models (and rejects others): all or nothing.</summary>
    public static async Task<Result<int>> RecogniseBatchAsync(AppDbContext db, CurrentUser user, BatchRecognitionInput input, CancellationToken ct)
    {
        var recognised = (input.RecognisedIds ?? []).Distinct().ToList();
        var rejected = (input.RejectedIds ?? []).Distinct().ToList();
        if (recognised.Count + rejected.Count == 0 || recognised.Count + rejected.Count > MaxBatch || recognised.Intersect(rejected).Any())
        {
            return new AppError("model.batch", $"Chọn từ 1 đến {MaxBatch} mô hình, mỗi mô hình chỉ ở một danh sách (công nhận hoặc không).", "RecognisedIds");
        }

        if (!await DocumentAccess.Visible(db, user).AnyAsync(d => d.Id == input.DecisionId, ct))
        {
            return ModelErrors.DecisionNotFound;
        }

        var ids = recognised.Concat(rejected).ToList();
        var models = await ModelAccess.Visible(db, user).Where(m => ids.Contains(m.Id)).ToListAsync(ct);
        if (models.Count < ids.Count)
        {
            return AppError.NotFound("mô hình");
        }

        if (await Access.CheckAllAsync(db, user, models.Select(m => m.UnitId).ToList(), Permission.ReviewModels, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        var touched = models.Select(m => m.LevelTouched(recognised.Contains(m.Id) ? input.Level : null)).Max();
        if (await ReviewingBody.CheckAsync(db, user, touched, recognised.Count > 0 ? ModelAction.Recognise.Label() : ModelAction.Reject.Label(), ct) is { } reserved)
        {
            return reserved;
        }

        var year = VnTime.Today(db.Time).Year;
        var now = db.Time.GetUtcNow().UtcDateTime;
        foreach (var model in models)
        {
            var action = recognised.Contains(model.Id) ? ModelAction.Recognise : ModelAction.Reject;
            var from = model.Status;
            if (model.Apply(action, year, input.Level, action == ModelAction.Recognise ? input.DecisionId : null) is { } error)
            {
                return error with { Message = $"{model.Name}: {error.Message}" };
            }

            db.ModelEvents.Add(new ModelEvent(user.TenantId, model.Id, now, user.UserId, user.UserName, action, from, model.Status, "Theo quyết định công nhận"));
        }

        await db.SaveChangesAsync(ct);
        return models.Count;
    }

    public static async Task<Result<ModelTimeline>> TimelineAsync(AppDbContext db, CurrentUser user, ModelIndicators indicators, Guid id, CancellationToken ct)
    {
        var published = await ModelAccess.Visible(db, user).Where(m => m.Id == id).Select(m => (bool?)m.IsPublished).FirstOrDefaultAsync(ct);
        if (published is null)
        {
            return AppError.NotFound("mô hình");
        }

        var reports = await db.ModelProgress.AsNoTracking().Where(p => p.ModelId == id).OrderBy(p => p.ReportedOn).ThenBy(p => p.Id).ToListAsync(ct);
        var reportIds = reports.Select(r => r.Id).ToList();
        var values = (await db.ModelIndicatorValues.AsNoTracking().Where(v => reportIds.Contains(v.ProgressId)).ToListAsync(ct)).ToLookup(v => v.ProgressId);
        var evidence = await db.ModelEvidence.AsNoTracking().Where(e => e.ModelId == id).OrderBy(e => e.Id)
            .Select(e => new EvidenceDto(e.Id, e.ProgressId, e.FileName, e.ContentType, e.Size, published.Value && e.ReviewedAt == null && ModelEvidence.PhotoTypes.Contains(e.ContentType))).ToListAsync(ct);
        var reviews = await db.ModelReviews.AsNoTracking().Where(r => r.ModelId == id).OrderBy(r => r.Id)
            .Select(r => new ReviewDto(r.Id, r.ReviewerName, r.Truthful, r.Effective, r.Sustainable, r.Replicable, r.Comments, r.CreatedAt)).ToListAsync(ct);
        return new ModelTimeline(
            reports.Select(r => new ProgressDto(r.Id, r.ReportedOn, r.Narrative, r.UserName, values[r.Id].ToDictionary(v => v.Code, v => v.Value),
                evidence.Where(e => e.ProgressId == r.Id).ToList(), published.Value && r.ReviewedAt == null)).ToList(),
            indicators.All, evidence, reviews);
    }

    /// <summary>The model, if visible and its owner unit is one the caller manages models for.</summary>
    private static async Task<(DvkModel? Model, AppError? Error)> OwnedAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var model = await ModelAccess.Visible(db, user).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (model is null)
        {
            return (null, AppError.NotFound("mô hình"));
        }

        return await Scope.CanAsync(db, user, Permission.ManageModels, model.UnitId, ct) ? (model, null) : (null, AppError.Forbidden);
    }
}
