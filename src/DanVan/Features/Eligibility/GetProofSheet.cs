using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Eligibility;

/// <summary>
/// One nominee's proof sheet for an award: a person (visible with ViewPeople, and ViewAwards on their unit: the sheet
/// shows ratings and disciplines) or a unit (ViewAwards on it). The award's version in force on the proposal date
/// (default today) judges; the achievement year defaults to <see cref="DefaultYear"/>. With a movement, its standards
/// are checked too (<see cref="MovementStandards"/>).
/// </summary>
public static class GetProofSheet
{
    public sealed record Query(Guid AwardKindId, Guid? PersonId, Guid? UnitId, int? Year, DateOnly? Date, Guid? MovementId = null);

    /// <summary>The achievement year a proposal made on <paramref name="day"/> is usually for: this year from October (the year-end round), else last year.</summary>
    public static int DefaultYear(DateOnly day) => day.Month >= 10 ? day.Year : day.Year - 1;

    /// <summary>The year and date of a question, checked: a year from 2000 to the proposal date's year.</summary>
    public static Result<(int Year, DateOnly Day)> When(AppDbContext db, int? year, DateOnly? date)
    {
        var day = date ?? VnTime.Today(db.Time);
        var y = year ?? DefaultYear(day);
        return y < EligibilityErrors.MinYear || y > day.Year ? EligibilityErrors.Year(day.Year) : (y, day);
    }

    public static async Task<Result<ProofSheet>> HandleAsync(AppDbContext db, CurrentUser user, Query q, CancellationToken ct)
    {
        if ((q.PersonId is null) == (q.UnitId is null))
        {
            return EligibilityErrors.NomineeRequired;
        }

        if (!When(db, q.Year, q.Date).TryGet(out var when, out var badDate))
        {
            return badDate;
        }

        if (!(await AwardCatalogue.InForceAsync(db, user, q.AwardKindId, when.Day, ct)).TryGet(out var award, out var refused))
        {
            return refused;
        }

        var subject = q.PersonId is null ? AwardSubject.Collective : AwardSubject.Individual;
        if (!award.Kind.Accepts(subject))
        {
            return EligibilityErrors.WrongSubject(award.Kind, subject);
        }

        MovementTerms? movement = null;
        if (q.MovementId is { } movementId && !(await MovementStandards.LoadAsync(db, user, movementId, subject, ct)).TryGet(out movement, out var noMovement))
        {
            return noMovement;
        }

        Guid id;
        if (q.PersonId is { } personId)
        {
            if (!(await PersonAccess.Rule.FindAsync(db, user, personId, ct)).TryGet(out var person, out var notFound))
            {
                return notFound;
            }

            if (!await Scope.CanAsync(db, user, Permission.ViewAwards, person.UnitId, ct))
            {
                return AppError.Forbidden;
            }

            id = personId;
        }
        else
        {
            id = q.UnitId!.Value;
            if (await Access.CheckAsync(db, user, id, Permission.ViewAwards, Permission.ViewAwards, "đơn vị", ct) is { } outOfScope)
            {
                return outOfScope;
            }
        }

        var sheets = await Eligibility.EvaluateAsync(db, award.Kind, award.Version, subject, [id], when.Year, when.Day, ct, movement);
        return sheets.Count == 1 ? sheets[0] : AppError.NotFound(subject == AwardSubject.Individual ? "người này" : "đơn vị");
    }
}
