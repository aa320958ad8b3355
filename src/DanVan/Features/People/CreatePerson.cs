using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.People;

public static class CreatePerson
{
    public static async Task<Result<PersonDto>> HandleAsync(AppDbContext db, CurrentUser user, PersonInput input, CancellationToken ct)
    {
        if (input.UnitId is not { } unitId)
        {
            return PersonErrors.UnitRequired;
        }

        if (await Access.CheckAsync(db, user, unitId, Permission.ManagePeople, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (await ValidateAsync(db, input, unitId, db.Time, ct) is { } invalid)
        {
            return invalid;
        }

        var person = Person.Create(user.TenantId, unitId, input.ToDetails());
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return await db.People.AsNoTracking().Where(p => p.Id == person.Id).Project(db, user).FirstAsync(ct);
    }

    /// <summary>Business checks shared with import: unit active, birth year not in the future.</summary>
    public static async Task<AppError?> ValidateAsync(AppDbContext db, PersonInput input, Guid unitId, TimeProvider time, CancellationToken ct)
    {
        if (!await db.Units.ActiveOn(VnTime.Today(db.Time)).AnyAsync(u => u.Id == unitId, ct))
        {
            return PersonErrors.UnitClosed;
        }

        return input.BirthYear > time.GetUtcNow().Year ? PersonErrors.BirthYearInFuture : null;
    }
}
