using DanVan.Features.Accounts;
using DanVan.Features.Models;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Registrations;

/// <summary>Creates or replaces a unit's registration (titles, planned models, commitments) while it is open.</summary>
public static class SaveRegistration
{
    public const int MaxModels = 50;

    public static async Task<Result<RegistrationDto>> HandleAsync(AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid movementId,
        Guid unitId, RegistrationInput input, int? expectedVersion, CancellationToken ct)
    {
        var target = await RegistrationAccess.ResolveAsync(db, user, movementId, unitId, Permission.ManageRegistrations, ct);
        if (target.Error is not null)
        {
            return target.Error;
        }

        var movement = target.Value!.Movement;
        if ((input.Titles ?? []).FirstOrDefault(t => !titles.Collective.ContainsKey(t)) is { } unknown)
        {
            return RegistrationErrors.UnknownTitle(unknown);
        }

        if ((input.Commitments?.Length ?? 0) > Registration.CommitmentsMax)
        {
            return AppError.TooLong("Commitments", "Nội dung cam kết", Registration.CommitmentsMax);
        }

        var models = input.Models ?? [];
        if (models.Count > MaxModels)
        {
            return RegistrationErrors.TooManyModels;
        }

        if (models.Any(m => string.IsNullOrWhiteSpace(m.Name)))
        {
            return RegistrationErrors.EmptyModelName;
        }

        if (models.Any(m => m.Name!.Length > PlannedModel.NameMax))
        {
            return AppError.TooLong("Models", "Tên mô hình", PlannedModel.NameMax);
        }

        if (models.Any(m => (m.OtherField?.Length ?? 0) > ModelFields.OtherMax))
        {
            return AppError.TooLong("Models", "Tên lĩnh vực khác", ModelFields.OtherMax);
        }

        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.MovementId == movementId && r.UnitId == unitId, ct);
        if (registration is null)
        {
            registration = new Registration(user.TenantId, movementId, unitId, movement.Year);
            db.Registrations.Add(registration);
        }
        else
        {
            if (db.Expect(registration, expectedVersion) is { } stale)
            {
                return stale;
            }

            db.PlannedModels.RemoveRange(await db.PlannedModels.Where(m => m.RegistrationId == registration.Id).ToListAsync(ct));
        }

        if (registration.CheckEditable(movement.RegistrationDeadline, VnTime.Today(db.Time)) is { } locked)
        {
            return locked;
        }

        registration.SetDetails(input.Titles ?? [], input.Commitments);
        var seq = 0;
        foreach (var m in models)
        {
            db.PlannedModels.Add(new PlannedModel(user.TenantId, registration.Id, ++seq, m.Name!.Trim(), m.Field, VietnameseText.Clean(m.OtherField)));
        }

        await db.SaveChangesAsync(ct);
        return (await GetRegistration.HandleAsync(db, user, titles, movementId, unitId, ct)).Value!;
    }
}
