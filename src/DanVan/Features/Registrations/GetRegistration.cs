using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Registrations;

/// <summary>A unit's registration for a movement (an empty draft when the unit has not registered yet).</summary>
public static class GetRegistration
{
    public static async Task<Result<RegistrationDto>> HandleAsync(AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid movementId,
        Guid unitId, CancellationToken ct)
    {
        var target = await RegistrationAccess.ResolveAsync(db, user, movementId, unitId, Permission.ViewUnits, ct);
        if (target.Error is not null)
        {
            return target.Error;
        }

        var (movement, _, unitName) = target.Value!;
        var r = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(x => x.MovementId == movementId && x.UnitId == unitId, ct);
        var today = VnTime.Today(db.Time);
        var status = r?.Status ?? RegistrationStatus.Draft;
        var open = movement.IsRunning && Registration.IsOpen(status, movement.RegistrationDeadline, r?.ReopenedUntil, today);
        var models = r is null ? [] : await db.PlannedModels.AsNoTracking().Where(m => m.RegistrationId == r.Id).OrderBy(m => m.Seq)
            .Select(m => new PlannedModelDto(m.Id, m.Seq, m.Name, m.Field, m.OtherField)).ToListAsync(ct);
        var people = r is null ? [] : await db.RegisteredPeople.AsNoTracking().Where(p => p.RegistrationId == r.Id)
            .Join(db.People, rp => rp.PersonId, p => p.Id, (rp, p) => new { rp.Title, p.Id, p.FullName, p.FullNameFolded, p.Position, Unit = p.Unit!.Name })
            .OrderBy(x => x.FullNameFolded).ThenBy(x => x.Id)
            .Select(x => new RegisteredPersonDto(x.Id, x.FullName, x.Position, x.Unit, x.Title)).ToListAsync(ct);
        var canEdit = open && await Scope.CanAsync(db, user, Permission.ManageRegistrations, unitId, ct);
        var canApprove = r is not null && Registration.CanApprove(r.Status) && movement.IsRunning
            && await Scope.CanAsync(db, user, Permission.ApproveRegistrations, unitId, ct);
        var canReopen = movement.IsRunning && await Movements.MovementAccess.CanManageAsync(db, user, movement, ct);
        var history = r is null ? [] : await Movements.GetMovement.History(db, user, db.MovementEvents.Where(e => e.RegistrationId == r.Id)).ToListAsync(ct);
        return new RegistrationDto(r?.Id, movement.Id, movement.Name, unitId, unitName, movement.Year, status, r?.TitleCodes ?? [], r?.Commitments,
            r?.ApprovedAt, movement.RegistrationDeadline, r?.ReopenedUntil, open, canEdit, canApprove, canReopen, models, people, history, r?.Version);
    }
}
