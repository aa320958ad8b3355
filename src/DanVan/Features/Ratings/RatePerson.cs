using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Ratings;

/// <summary>
/// Enters or changes a person's rating for a year (PUT /people/{id}/ratings/{year}, the /Ratings inline form). The
/// person must be visible (else 404) and in a unit where the user holds ManageRatings (else 403 naming the person).
/// The rating records the person's unit as the rating unit. A changed level needs a reason (the entity's rule).
/// </summary>
public static class RatePerson
{
    public static async Task<Result<RatingDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid personId, int year, RatingInput input,
        int? expectedVersion, CancellationToken ct, RatingSource? source = null)
    {
        if (CheckYear(db, year) is { } badYear)
        {
            return badYear;
        }

        if (!(await FindRatableAsync(db, user, personId, ct)).TryGet(out var person, out var refused))
        {
            return refused;
        }

        var by = Actor.Of(user, db.Time);
        var rating = await db.PersonRatings
            .FirstOrDefaultAsync(r => r.TenantId == user.TenantId && r.PersonId == personId && r.Year == year, ct);
        if (rating is null)
        {
            if (expectedVersion is > 0)
            {
                return AppError.Stale(null);
            }

            db.PersonRatings.Add(PersonRating.Enter(user.TenantId, personId, year, person.UnitId, input.Level!.Value, input.Note,
                source ?? RatingSource.Entered, by));
        }
        else
        {
            if (db.Expect(rating, expectedVersion) is { } stale)
            {
                return stale;
            }

            if (rating.Change(person.UnitId, input.Level!.Value, input.Note, input.Reason, source ?? RatingSource.Entered, by) is { } error)
            {
                return error;
            }
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(db, user.TenantId, personId, year, ct);
    }

    /// <summary>Years from <see cref="PersonRating.MinYear"/> to this year (Vietnam time).</summary>
    public static AppError? CheckYear(AppDbContext db, int year)
    {
        var max = VnTime.Today(db.Time).Year;
        return year < PersonRating.MinYear || year > max ? RatingErrors.YearOutOfRange(max) : null;
    }

    /// <summary>The person if visible and rated by the user's units: 404 when not visible, 403 naming the person otherwise.</summary>
    public static async Task<Result<Person>> FindRatableAsync(AppDbContext db, CurrentUser user, Guid personId, CancellationToken ct)
    {
        if (!(await PersonAccess.Rule.FindAsync(db, user, personId, ct)).TryGet(out var person, out var notFound))
        {
            return notFound;
        }

        if (!await PersonAccess.Rule.CanAsync(db, user, person, Permission.ManageRatings, ct))
        {
            var unit = await db.Units.Where(u => u.Id == person.UnitId).Select(u => u.Name).FirstAsync(ct);
            return RatingErrors.OutOfScope(person.FullName, unit);
        }

        return person;
    }

    public static async Task<RatingDto> GetAsync(AppDbContext db, Guid tenantId, Guid personId, int year, CancellationToken ct)
    {
        var r = await db.PersonRatings.AsNoTracking().Where(r => r.TenantId == tenantId && r.PersonId == personId && r.Year == year)
            .Select(r => new
            {
                r.PersonId, Name = db.People.Where(p => p.Id == r.PersonId).Select(p => p.FullName).First(), r.Year, r.Level, r.UnitId,
                UnitName = db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).First(), r.Note, r.EnteredByName, r.SourceFile, r.SourceRow,
                r.UpdatedAt, r.Version,
            })
            .FirstAsync(ct);
        return new RatingDto(r.PersonId, r.Name, r.Year, r.Level, r.Level.Label(), r.UnitId, r.UnitName, r.Note,
            new RatingSource(r.SourceFile, r.SourceRow).Describe(r.EnteredByName), r.UpdatedAt, r.Version);
    }
}
