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
        if (!(await PersonAccess.Rule.LoadAsync(db, user, id, Permission.ManagePeople, ct)).TryGet(out var person, out var refused))
        {
            return refused;
        }

        if (input.BirthYear > db.Time.GetUtcNow().Year)
        {
            return PersonErrors.BirthYearInFuture;
        }

        if (db.Expect(person, expectedVersion) is { } stale)
        {
            return stale;
        }

        var sensitive = await PersonAccess.Rule.CanAsync(db, user, person, Permission.ViewSensitive, ct);
        person.SetDetails(input.ToDetails(), sensitive);
        await db.SaveChangesAsync(ct);
        return await db.People.AsNoTracking().Where(p => p.Id == id).Project(db, user).FirstAsync(ct);
    }
}
