using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// A reviewer scores a proposed model on the criteria of the province's rubric in force today (<see cref="ModelRubric"/>;
/// every criterion, each within its scale; the review keeps that version). Each reviewer has one current score per model and round:
/// scoring again supersedes the previous score (kept in the timeline's history) — both in one save, and a unique index
/// on the current scores refuses a concurrent second one.
/// </summary>
public static class ScoreModel
{
    public static async Task<Result<ModelTimeline>> HandleAsync(AppDbContext db, CurrentUser user, ModelIndicators indicators, Guid id, ReviewInput input,
        CancellationToken ct)
    {
        if (!(await ModelAccess.LoadAsync(db, user, id, Permission.ReviewModels, ct)).TryGet(out var model, out var refused))
        {
            return refused;
        }

        if (!DvkModel.CanScoreIn(model.Status))
        {
            return ModelErrors.NotScorable;
        }

        var rubric = await ModelRubrics.InForceAsync(db, user.TenantId, ct);
        if (rubric is null)
        {
            return RubricErrors.NoneInForce;
        }

        if (rubric.Check(input.Scores) is { } invalid)
        {
            return invalid;
        }

        var now = db.Time.GetUtcNow().UtcDateTime;
        foreach (var previous in await db.ModelReviews.Where(r => r.ModelId == id && r.ReviewerId == user.UserId && r.Round == model.Round)
                     .Where(ModelReview.CurrentSql).ToListAsync(ct))
        {
            previous.Supersede(now);
        }

        db.ModelReviews.Add(new ModelReview(user.TenantId, id, model.Round, user.UserId, user.UserName, rubric,
            input.Scores!.ToDictionary(s => s.Key, s => s.Value!.Value), VietnameseText.Clean(input.Comments)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return ModelErrors.ScoredConcurrently;
        }

        return await GetTimeline.HandleAsync(db, user, indicators, id, ct);
    }
}
