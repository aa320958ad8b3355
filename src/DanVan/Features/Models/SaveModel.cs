using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>Creates a model (new, taken over from a registration, or replicating a recognised one) or edits its content.</summary>
public static class SaveModel
{
    public static async Task<Result<ModelDto>> CreateAsync(AppDbContext db, CurrentUser user, ModelInput input, CancellationToken ct)
    {
        if (input.UnitId is not { } unitId)
        {
            return ModelErrors.UnitRequired;
        }

        if (await Access.CheckAsync(db, user, unitId, Permission.ManageModels, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (await CheckAsync(db, user, input, unitId, ct) is { } invalid)
        {
            return invalid;
        }

        if (input.MovementId is { } movementId && (await MovementAccess.FindAsync(db, user, movementId, ct)).Error is not null)
        {
            return ModelErrors.MovementNotFound;
        }

        if (input.ReplicatedFromId is { } originId)
        {
            var origin = await ModelAccess.Visible(db, user).Where(m => m.Id == originId).Select(m => (ModelStatus?)m.Status).FirstOrDefaultAsync(ct);
            if (origin is null)
            {
                return ModelErrors.OriginNotFound;
            }

            if (!DvkModel.CanBeReplicatedIn(origin.Value))
            {
                return ModelErrors.OriginNotRecognised;
            }
        }

        var details = input.ToDetails();
        if (input.PlannedModelId is { } plannedId)
        {
            var planned = await db.PlannedModels.Where(p => p.Id == plannedId && p.TenantId == user.TenantId)
                .Join(db.Registrations.Where(r => r.UnitId == unitId), p => p.RegistrationId, r => r.Id, (p, r) => new { p, r.MovementId })
                .FirstOrDefaultAsync(ct);
            if (planned is null)
            {
                return ModelErrors.PlannedNotFound;
            }

            if (planned.p.TakenOver)
            {
                return ModelErrors.PlannedTaken;
            }

            planned.p.MarkTakenOver();
            input.MovementId ??= planned.MovementId;
        }

        var model = DvkModel.Create(user.TenantId, unitId, input.PersonId, input.Year ?? VnTime.Today(db.Time).Year, details, input.MovementId,
            input.PlannedModelId, input.ReplicatedFromId);
        db.DvkModels.Add(model);
        await db.SaveChangesAsync(ct);
        return (await GetModel.HandleAsync(db, user, model.Id, ct)).Value!;
    }

    public static async Task<Result<ModelDto>> UpdateAsync(AppDbContext db, CurrentUser user, Guid id, ModelInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await ModelAccess.LoadAsync(db, user, id, Permission.ManageModels, ct)).TryGet(out var model, out var refused))
        {
            return refused;
        }

        if (db.Expect(model, expectedVersion) is { } stale)
        {
            return stale;
        }

        if (await CheckAsync(db, user, input, model.UnitId, ct) is { } invalid)
        {
            return invalid;
        }

        if (model.Edit(input.ToDetails()) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return (await GetModel.HandleAsync(db, user, id, ct)).Value!;
    }

    private static async Task<AppError?> CheckAsync(AppDbContext db, CurrentUser user, ModelInput input, Guid unitId, CancellationToken ct)
    {
        if (input.StartsOn is { } start && input.EndsOn is { } end && end < start)
        {
            return ModelErrors.EndBeforeStart;
        }

        if (input.PersonId is { } personId)
        {
            var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstAsync(ct);
            if (!await db.People.VisibleTo(db, user, Permission.ViewPeople).AnyAsync(p => p.Id == personId && p.Unit!.Path.StartsWith(path), ct))
            {
                return ModelErrors.PersonNotInUnit;
            }
        }

        return null;
    }
}
