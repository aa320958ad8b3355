using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// One decision recognises a batch of proposed models (and rejects others, with one reason): all or nothing. The
/// decision must be a Decision of a body competent for the level (<see cref="RecognitionDecision.RefusalFor"/>); each
/// recognition carries the year of achievement (the input's, or each model's own movement year).
/// </summary>
public static class RecogniseModels
{
    public const int MaxBatch = 500;

    public static async Task<Result<int>> HandleAsync(AppDbContext db, CurrentUser user, BatchRecognitionInput input, CancellationToken ct)
    {
        var recognised = (input.RecognisedIds ?? []).Distinct().ToList();
        var rejected = (input.RejectedIds ?? []).Distinct().ToList();
        if (recognised.Count + rejected.Count == 0 || recognised.Count + rejected.Count > MaxBatch || recognised.Intersect(rejected).Any())
        {
            return new AppError("model.batch", $"Chọn từ 1 đến {MaxBatch} mô hình, mỗi mô hình chỉ ở một danh sách (công nhận hoặc không).", "RecognisedIds");
        }

        if (await DecisionChoices.FindAsync(db, user, input.DecisionId!.Value, ct) is not { } decision)
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

        var unitIds = models.Select(m => m.UnitId).Distinct().ToList();
        var paths = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        var by = new ModelActor(user.UserId, user.UserName, db.Time.GetUtcNow().UtcDateTime);
        var reason = VietnameseText.Clean(input.Reason);
        foreach (var model in models)
        {
            var error = recognised.Contains(model.Id)
                ? model.Recognise(by, input.Level!.Value, decision, paths[model.UnitId], input.Year ?? model.Year, "Theo quyết định công nhận")
                : model.Reject(by, reason);
            if (error is not null)
            {
                return error with { Message = $"{model.Name}: {error.Message}" };
            }
        }

        await db.SaveChangesAsync(ct);
        return models.Count;
    }
}
