using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.People;

/// <summary>Edits a person's details (not their unit: that is a transfer). Sensitive fields only by those who may see them.</summary>
public static class UpdatePerson
{
    public static async Task<Result<PersonDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, PersonInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var unitId = await db.People.VisibleTo(db, user, Permission.ViewPeople).Where(p => p.Id == id).Select(p => (Guid?)p.UnitId).FirstOrDefaultAsync(ct);
        if (unitId is null)
        {
            return await Access.NotVisibleAsync(db, db.People.Where(p => p.Id == id), "người này", ct);
        }

        if (await Access.CheckAsync(db, user, unitId.Value, Permission.ManagePeople, Permission.ViewPeople, "người này", ct) is { } denied)
        {
            return denied;
        }

        if (input.BirthYear > db.Time.GetUtcNow().Year)
        {
            return PersonErrors.BirthYearInFuture;
        }

        var person = await db.People.FirstAsync(p => p.Id == id, ct);
        if (db.Expect(person, expectedVersion) is { } stale)
        {
            return stale;
        }

        var sensitive = await Scope.CanAsync(db, user, Permission.ViewSensitive, unitId.Value, ct);
        person.SetDetails(input.ToDetails(), sensitive);
        await db.SaveChangesAsync(ct);
        return await db.People.AsNoTracking().Where(p => p.Id == id).Project(db, user).FirstAsync(ct);
    }
}
