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
        var m = await ModelAccess.Visible(db, user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return AppError.NotFound("mô hình");
        }

        var unitName = await db.Units.Where(u => u.Id == m.UnitId).Select(u => u.Name).FirstAsync(ct);
        var personName = m.PersonId is { } pid ? await db.People.Where(p => p.Id == pid).Select(p => p.FullName).FirstOrDefaultAsync(ct) : null;
        var decision = m.RecognitionDocumentId is { } did ? await db.Documents.Where(d => d.Id == did).Select(d => d.Number).FirstOrDefaultAsync(ct) : null;
        var canEdit = await Scope.CanAsync(db, user, Permission.ManageModels, m.UnitId, ct);
        var canReview = await Scope.CanAsync(db, user, Permission.ReviewModels, m.UnitId, ct);
        var actions = Enum.GetValues<ModelAction>()
            .Where(a => DvkModel.Rule(a).From.Contains(m.Status) && (DvkModel.IsReview(a) ? canReview : canEdit)).ToList();

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
            canEdit && m.IsEditable, canReview, actions, lineage, replications, history, m.IsPublished);
    }
}
