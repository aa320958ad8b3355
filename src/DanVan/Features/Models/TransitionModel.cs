using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// Moves a model through its life by calling the entity's named transition (which checks the state, changes it and
/// writes the history row): the owner unit registers, implements, proposes, withdraws or reworks a model not recognised;
/// the reviewing body recognises (with the level, a competent decision and the year of achievement), rejects (with a
/// reason), re-confirms a year or drops (with a reason). Skipped states are refused with the current state named.
/// </summary>
public static class TransitionModel
{
    public static async Task<Result<ModelDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, TransitionInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var action = input.Action!.Value;
        if (!DvkModel.StateActions.Contains(action))
        {
            return ModelErrors.NotATransition;
        }

        var needed = DvkModel.IsReview(action) ? Permission.ReviewModels : Permission.ManageModels;
        if (!(await ModelAccess.LoadAsync(db, user, id, needed, ct)).TryGet(out var model, out var refused))
        {
            return refused;
        }

        if (db.Expect(model, expectedVersion) is { } stale)
        {
            return stale;
        }

        RecognitionDecision? decision = null;
        if (action == ModelAction.Recognise && input.DecisionId is { } decisionId
            && (decision = await DecisionChoices.FindAsync(db, user, decisionId, ct)) is null)
        {
            return ModelErrors.DecisionNotFound;
        }

        if (DvkModel.IsReview(action)
            && await ReviewingBody.CheckAsync(db, user, model.LevelTouched(action == ModelAction.Recognise ? input.Level : null), action.Label(), ct) is { } reserved)
        {
            return reserved;
        }

        var by = new ModelActor(user.UserId, user.UserName, db.Time.GetUtcNow().UtcDateTime);
        var note = VietnameseText.Clean(input.Note);
        var error = action switch
        {
            ModelAction.Register => model.Register(by, note),
            ModelAction.StartImplementing => model.StartImplementing(by, note),
            ModelAction.Propose => model.Propose(by, note),
            ModelAction.Withdraw => model.Withdraw(by, note),
            ModelAction.Rework => model.Rework(by, note),
            ModelAction.Recognise => model.Recognise(by, input.Level ?? model.Level, decision,
                await db.Units.Where(u => u.Id == model.UnitId).Select(u => u.Path).SingleAsync(ct), input.Year ?? model.Year, note),
            ModelAction.Reject => model.Reject(by, note),
            ModelAction.Reconfirm => input.Year > VnTime.Today(db.Time).Year ? ModelErrors.YearInFuture
                : model.Reconfirm(by, input.Year ?? VnTime.Today(db.Time).Year, note),
            ModelAction.Drop => model.Drop(by, note),
            _ => ModelErrors.NotATransition,
        };
        if (error is not null)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return (await GetModel.HandleAsync(db, user, id, ct)).Value!;
    }
}
