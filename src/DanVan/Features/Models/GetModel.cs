using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>A model with its history, the actions the caller may take now, where it came from and where it has spread.</summary>
public static class GetModel
{
    public const int MaxLineage = 20;

    public static async Task<Result<ModelDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        // One query for the model, the names it shows and the caller's two rights on its unit.
        var editable = db.Units.VisibleTo(db, user, Permission.ManageModels).Select(u => u.Id);
        var reviewable = db.Units.VisibleTo(db, user, Permission.ReviewModels).Select(u => u.Id);
        var row = await ModelAccess.Visible(db, user).AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                Model = x,
                Unit = db.Units.Where(u => u.Id == x.UnitId).Select(u => u.Name).First(),
                Person = db.People.Where(p => p.Id == x.PersonId).Select(p => p.FullName).FirstOrDefault(),
                Decision = db.Documents.Where(d => d.Id == x.RecognitionDocumentId).Select(d => d.Number).FirstOrDefault(),
                CanEdit = editable.Any(u => u == x.UnitId), // EXISTS with the unit's key: a point look-up, not the whole scope
                CanReview = reviewable.Any(u => u == x.UnitId),
                AwaitingReview = x.IsPublished
                    ? db.ModelProgress.Count(p => p.ModelId == x.Id && p.ReviewedAt == null) + db.ModelEvidence.Count(e => e.ModelId == x.Id && e.ReviewedAt == null && ModelEvidence.PhotoTypes.Contains(e.ContentType))
                    : 0,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return await ModelAccess.Rule.NotVisibleAsync(db, id, ct);
        }

        var (m, unitName, personName, decision, canEdit) = (row.Model, row.Unit, row.Person, row.Decision, row.CanEdit);
        // The reviewing body's acts need the right at the model's level too (the level rule, ReviewingBody).
        var mayDecide = row.CanReview && await ReviewingBody.MayActAtAsync(db, user, m.LevelTouched(), ct);
        var actions = DvkModel.StateActions.Where(a => DvkModel.Allows(m.Status, a) && (DvkModel.IsReview(a) ? mayDecide : canEdit)).ToList();
        var canReplicate = DvkModel.CanBeReplicatedIn(m.Status) && await Scope.HoldsAnywhereAsync(db, user, Permission.ManageModels, ct);

        // Origins, oldest first: a short walk up the chain (a replication of a replication…), bounded.
        var lineage = new List<LineageItem>();
        var next = m.ReplicatedFromId;
        while (next is { } originId && lineage.Count < MaxLineage && lineage.All(l => l.Id != originId))
        {
            var origin = await db.DvkModels.AsNoTracking().Where(x => x.Id == originId)
                .Select(x => new { x.Id, x.Name, x.Status, x.ReplicatedFromId, Unit = db.Units.Where(u => u.Id == x.UnitId).Select(u => u.Name).First() })
                .FirstOrDefaultAsync(ct);
            if (origin is null)
            {
                break;
            }

            lineage.Insert(0, new LineageItem(origin.Id, origin.Name, origin.Unit, origin.Status));
            next = origin.ReplicatedFromId;
        }

        var replications = await db.DvkModels.AsNoTracking().Where(x => x.ReplicatedFromId == id && x.TenantId == user.TenantId)
            .OrderBy(x => x.Id).Take(200)
            .Select(x => new LineageItem(x.Id, x.Name, db.Units.Where(u => u.Id == x.UnitId).Select(u => u.Name).First(), x.Status))
            .ToListAsync(ct);
        var history = await db.ModelEvents.AsNoTracking().Where(e => e.ModelId == id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new ModelEventDto(e.At, e.UserName, e.Action, e.FromStatus, e.ToStatus, e.Note)).ToListAsync(ct);
        return new ModelDto(m.Id, m.Name, m.Field, m.OtherField, m.Level, m.Status, m.Year, m.UnitId, unitName, m.PersonId, personName, m.MovementId,
            m.PlannedModelId, m.Problem, m.Goals, m.ContentAndMethods, m.AreaAndBeneficiaries, m.Forces, m.Resources, m.StartsOn, m.EndsOn,
            m.EvaluationOn, m.ExpectedOutputs, m.Sustainability, m.RecognitionDocumentId, decision, m.RecognisedYear, m.ConfirmedYear,
            canEdit && m.IsEditable, row.CanReview, actions, lineage, replications, history, m.IsPublished,
            canEdit && DvkModel.CanReportIn(m.Status), mayDecide && DvkModel.CanPublishIn(m.Status), row.AwaitingReview,
            row.CanReview && DvkModel.CanScoreIn(m.Status), canReplicate, m.Round, m.Version);
    }
}
