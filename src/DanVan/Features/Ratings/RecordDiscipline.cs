using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Ratings;

/// <summary>Records a disciplinary measure on a person (POST /people/{id}/disciplines): same scope rule as a rating (ManageRatings on the person's unit).</summary>
public static class RecordDiscipline
{
    public static async Task<Result<DisciplineDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid personId, DisciplineInput input,
        CancellationToken ct)
    {
        if (!(await RatePerson.FindRatableAsync(db, user, personId, ct)).TryGet(out var person, out var refused))
        {
            return refused;
        }

        if (input.To is { } to && to < input.From!.Value)
        {
            return RatingErrors.DisciplineDates;
        }

        if (input.From < input.DecisionDate)
        {
            return RatingErrors.DisciplineBeforeDecision;
        }

        var discipline = new Discipline(user.TenantId, personId, person.UnitId, input.Kind!.Value, input.DecisionNumber!, input.DecisionDate!.Value,
            input.From!.Value, input.To, input.Note, Actor.Of(user, db.Time));
        db.Disciplines.Add(discipline);
        await db.SaveChangesAsync(ct);
        return (await GetPersonRatings.DisciplinesAsync(db, user.TenantId, personId, ct)).First(d => d.Id == discipline.Id);
    }
}
