using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// Moves a model through its life (see <see cref="DvkModel.Rule"/>): the owner unit registers, implements, proposes
/// or withdraws; the reviewing body recognises (with the level and the decision document), rejects, re-confirms each
/// year or drops. Skipped states are refused with the current state named.
/// </summary>
public static class TransitionModel
{
    public static async Task<Result<ModelDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, TransitionInput input, CancellationToken ct)
    {
        var model = await ModelAccess.Visible(db, user).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (model is null)
        {
            return AppError.NotFound("mô hình");
        }

        var action = input.Action!.Value;
        var needed = DvkModel.IsReview(action) ? Permission.ReviewModels : Permission.ManageModels;
        if (!await Scope.CanAsync(db, user, needed, model.UnitId, ct))
        {
            return AppError.Forbidden;
        }

        if (input.DecisionId is { } decisionId && !await DocumentAccess.Visible(db, user).AnyAsync(d => d.Id == decisionId, ct))
        {
            return ModelErrors.DecisionNotFound;
        }

        if (DvkModel.IsReview(action)
            && await ReviewingBody.CheckAsync(db, user, model.LevelTouched(action == ModelAction.Recognise ? input.Level : null), action.Label(), ct) is { } reserved)
        {
            return reserved;
        }

        var from = model.Status;
        if (model.Apply(action, VnTime.Today(db.Time).Year, input.Level, input.DecisionId) is { } error)
        {
            return error;
        }

        db.ModelEvents.Add(new ModelEvent(user.TenantId, model.Id, db.Time.GetUtcNow().UtcDateTime, user.UserId, user.UserName, action, from,
            model.Status, VietnameseText.Clean(input.Note)));
        await db.SaveChangesAsync(ct);
        return (await GetModel.HandleAsync(db, user, id, ct)).Value!;
    }
}
