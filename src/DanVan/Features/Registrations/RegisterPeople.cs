using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Registrations;

/// <summary>Registers people of the unit (in bulk, from the people list) for an individual title; or removes one.</summary>
public static class RegisterPeople
{
    public const int MaxPerRequest = 1000;

    public static async Task<Result<RegistrationDto>> AddAsync(AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid movementId,
        Guid unitId, RegisterPeopleInput input, CancellationToken ct)
    {
        var (registration, error) = await OpenAsync(db, user, movementId, unitId, ct);
        if (error is not null)
        {
            return error;
        }

        if (!titles.Individual.ContainsKey(input.Title!))
        {
            return RegistrationErrors.UnknownTitle(input.Title!);
        }

        var ids = input.PersonIds!.Distinct().ToList();
        if (ids.Count > MaxPerRequest)
        {
            return RegistrationErrors.TooManyPeople;
        }

        // One query: every person must be visible to the caller and belong to the unit's subtree.
        var unitPath = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstAsync(ct);
        var found = await db.People.VisibleTo(db, user, Permission.ViewPeople)
            .CountAsync(p => ids.Contains(p.Id) && p.Unit!.Path.StartsWith(unitPath), ct);
        if (found < ids.Count)
        {
            return RegistrationErrors.PersonNotInUnit;
        }

        var existing = await db.RegisteredPeople.Where(p => p.RegistrationId == registration!.Id && ids.Contains(p.PersonId)).ToListAsync(ct);
        foreach (var row in existing)
        {
            row.SetTitle(input.Title!);
        }

        foreach (var id in ids.Except(existing.Select(e => e.PersonId)))
        {
            db.RegisteredPeople.Add(new RegisteredPerson(user.TenantId, registration!.Id, id, input.Title!));
        }

        await db.SaveChangesAsync(ct);
        return (await GetRegistration.HandleAsync(db, user, titles, movementId, unitId, ct)).Value!;
    }

    public static async Task<Result<RegistrationDto>> RemoveAsync(AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid movementId,
        Guid unitId, Guid personId, CancellationToken ct)
    {
        var (registration, error) = await OpenAsync(db, user, movementId, unitId, ct);
        if (error is not null)
        {
            return error;
        }

        var row = await db.RegisteredPeople.FirstOrDefaultAsync(p => p.RegistrationId == registration!.Id && p.PersonId == personId, ct);
        if (row is null)
        {
            return AppError.NotFound("người đã đăng ký");
        }

        db.RegisteredPeople.Remove(row);
        await db.SaveChangesAsync(ct);
        return (await GetRegistration.HandleAsync(db, user, titles, movementId, unitId, ct)).Value!;
    }

    /// <summary>The unit's registration, created empty on first use, provided it is still open.</summary>
    private static async Task<(Registration? Registration, AppError? Error)> OpenAsync(AppDbContext db, CurrentUser user, Guid movementId, Guid unitId,
        CancellationToken ct)
    {
        var target = await RegistrationAccess.ResolveAsync(db, user, movementId, unitId, Permission.ManageRegistrations, ct);
        if (target.Error is not null)
        {
            return (null, target.Error);
        }

        var movement = target.Value!.Movement;
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.MovementId == movementId && r.UnitId == unitId, ct);
        if (registration is null)
        {
            registration = new Registration(user.TenantId, movementId, unitId, movement.Year);
            db.Registrations.Add(registration);
        }

        return (registration, registration.CheckEditable(movement.RegistrationDeadline, VnTime.Today(db.Time)));
    }
}
