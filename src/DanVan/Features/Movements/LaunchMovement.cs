using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// Draft → launched. Resolves the participants to the set of active units (one SQL query over the tree: a unit, its
/// subtree when asked, of one kind when asked; never the launching unit itself) and gives each an obligation to issue
/// its implementation plan by the deadline; with cascading, each such unit's own active sub-units get one too, due
/// by the cascade deadline. All in one transaction.
/// </summary>
public static class LaunchMovement
{
    /// <summary>The note of a launch or a close, kept in the movement's history.</summary>
    public sealed record Input(string? Note)
    {
        /// <summary>Checked in the handler, so the page path and the API refuse the same over-long note.</summary>
        public AppError? Check() => (Note?.Length ?? 0) > MovementEvent.NoteMax ? AppError.TooLong("Note", "Ghi chú", MovementEvent.NoteMax) : null;
    }

    public static async Task<Result<MovementDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Input input, int? expectedVersion,
        CancellationToken ct)
    {
        if (input.Check() is { } invalid)
        {
            return invalid;
        }

        if (!(await MovementAccess.LoadToManageAsync(db, user, id, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        if (db.Expect(movement, expectedVersion) is { } stale)
        {
            return stale;
        }

        if (movement.Launch(Actor.Of(user, db.Time), VnTime.Today(db.Time), VietnameseText.Clean(input.Note)) is { } error)
        {
            return error;
        }

        var direct = await ParticipatingUnitIdsAsync(db, movement, ct);
        if (direct.Count == 0)
        {
            return MovementErrors.NoParticipatingUnits;
        }

        foreach (var unitId in direct)
        {
            db.PlanObligations.Add(new PlanObligation(movement.TenantId, movement.Id, unitId, movement.PlanDeadline, 0, movement.LaunchingUnitId));
        }

        if (movement.CascadeToSubunits)
        {
            var directSet = direct.ToHashSet();
            var children = await db.Units.AsNoTracking().ActiveOn(VnTime.Today(db.Time))
                .Where(u => u.TenantId == movement.TenantId && u.ParentId != null && direct.Contains(u.ParentId.Value))
                .Select(u => new { u.Id, ParentId = u.ParentId!.Value }).ToListAsync(ct);
            foreach (var child in children.Where(c => !directSet.Contains(c.Id)))
            {
                db.PlanObligations.Add(new PlanObligation(movement.TenantId, movement.Id, child.Id, movement.CascadeDeadline!.Value, 1, child.ParentId));
            }
        }

        await db.SaveChangesAsync(ct);
        return (await GetMovement.HandleAsync(db, user, id, ct)).Value!;
    }

    public static Task<List<Guid>> ParticipatingUnitIdsAsync(AppDbContext db, Movement movement, CancellationToken ct)
    {
        var rules = db.MovementParticipants.Where(p => p.MovementId == movement.Id)
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new UnitRuleRow { UnitId = p.UnitId, IncludeDescendants = p.IncludeDescendants, KindId = p.KindId, Path = u.Path });
        return UnitRules.Matching(db, movement.TenantId, movement.LaunchingUnitId, rules, VnTime.Today(db.Time))
            .OrderBy(u => u.Path).Select(u => u.Id).ToListAsync(ct);
    }
}
