using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Registrations;

/// <summary>The unit head approves (locks) the registration; an administrator of the movement may reopen it until a day.</summary>
public static class ApproveRegistration
{
    public static async Task<Result<RegistrationDto>> ApproveAsync(AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid movementId,
        Guid unitId, int? expectedVersion, CancellationToken ct)
    {
        var target = await RegistrationAccess.ResolveAsync(db, user, movementId, unitId, Permission.ApproveRegistrations, ct);
        if (target.Error is not null)
        {
            return target.Error;
        }

        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.MovementId == movementId && r.UnitId == unitId, ct);
        if (registration is null)
        {
            return RegistrationErrors.NotFoundForUnit;
        }

        if (db.Expect(registration, expectedVersion) is { } stale)
        {
            return stale;
        }

        if (registration.Approve(Actor.Of(user, db.Time)) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return (await GetRegistration.HandleAsync(db, user, titles, movementId, unitId, ct)).Value!;
    }

    public static async Task<Result<RegistrationDto>> ReopenAsync(AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid movementId,
        Guid unitId, ReopenInput input, int? expectedVersion, CancellationToken ct)
    {
        var target = await RegistrationAccess.ResolveAsync(db, user, movementId, unitId, Permission.ViewUnits, ct);
        if (target.Error is not null)
        {
            return target.Error;
        }

        if (!await MovementAccess.CanManageAsync(db, user, target.Value!.Movement, ct))
        {
            return AppError.Forbidden;
        }

        if (target.Value.Movement.CheckRunning() is { } notRunning)
        {
            return notRunning;
        }

        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.MovementId == movementId && r.UnitId == unitId, ct);
        if (registration is null)
        {
            registration = new Registration(user.TenantId, movementId, unitId, target.Value.Movement.Year);
            db.Registrations.Add(registration);
        }
        else if (db.Expect(registration, expectedVersion) is { } stale)
        {
            return stale;
        }

        if (registration.Reopen(input.Until!.Value, VietnameseText.Clean(input.Note), Actor.Of(user, db.Time), VnTime.Today(db.Time)) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return (await GetRegistration.HandleAsync(db, user, titles, movementId, unitId, ct)).Value!;
    }
}
