using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Ratings;

/// <summary>
/// The read model the nominations feature checks individual titles against (DOMAIN §8 rules 1 and 3): for each
/// person and year asked, the rating (or none: "cannot tell", flag for human review) and every disciplinary measure
/// that ran during that year, each with a link to its source. Not scoped to a user: the caller has already decided
/// who may see the nominee. Tenant-filtered by the people's own rows.
/// </summary>
public static class PersonRatings
{
    public sealed record RatingFact(RatingLevel Level, string LevelLabel, Guid UnitId, string Source, string Link);

    public sealed record DisciplineFact(Guid Id, DisciplineKind Kind, string KindLabel, string DecisionNumber, DateOnly DecisionDate,
        DateOnly From, DateOnly? To, string Link)
    {
        public bool IsActiveOn(DateOnly date) => Discipline.Runs(From, To, date);
    }

    /// <summary>One person and year: the rating, the disciplines overlapping the year, and whether one ran on 31/12.</summary>
    public sealed record PersonYear(Guid PersonId, int Year, RatingFact? Rating, IReadOnlyList<DisciplineFact> Disciplines)
    {
        public bool UnderDisciplineOn(DateOnly date) => Disciplines.Any(d => d.IsActiveOn(date));
    }

    public static async Task<IReadOnlyList<PersonYear>> ForAsync(AppDbContext db, IReadOnlyCollection<Guid> personIds, IReadOnlyCollection<int> years,
        CancellationToken ct = default)
    {
        if (personIds.Count == 0 || years.Count == 0)
        {
            return [];
        }

        var ratings = await db.PersonRatings.AsNoTracking().Where(r => personIds.Contains(r.PersonId) && years.Contains(r.Year))
            .Select(r => new { r.PersonId, r.Year, r.Level, r.UnitId, r.EnteredByName, r.SourceFile, r.SourceRow }).ToListAsync(ct);
        var (first, last) = (new DateOnly(years.Min(), 1, 1), new DateOnly(years.Max(), 12, 31));
        var disciplines = await db.Disciplines.AsNoTracking()
            .Where(d => personIds.Contains(d.PersonId) && d.From <= last && (d.To == null || d.To >= first)).ToListAsync(ct);
        return personIds.SelectMany(p => years.Select(y =>
        {
            var rating = ratings.FirstOrDefault(r => r.PersonId == p && r.Year == y);
            var (start, end) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            var inYear = disciplines.Where(d => d.PersonId == p && d.From <= end && (d.To == null || d.To >= start))
                .OrderBy(d => d.From)
                .Select(d => new DisciplineFact(d.Id, d.Kind, d.Kind.Label(), d.DecisionNumber, d.DecisionDate, d.From, d.To,
                    $"/People/Details/{p}#discipline-{d.Id}"))
                .ToList();
            return new PersonYear(p, y, rating is null ? null : new RatingFact(rating.Level, rating.Level.Label(), rating.UnitId,
                new RatingSource(rating.SourceFile, rating.SourceRow).Describe(rating.EnteredByName), $"/People/Details/{p}#rating-{y}"), inYear);
        })).ToList();
    }

    /// <summary>"Under discipline on <paramref name="date"/>": the people among <paramref name="personIds"/> with a measure running that day (one query; <see cref="Discipline.ActiveOn"/>).</summary>
    public static async Task<IReadOnlySet<Guid>> UnderDisciplineOnAsync(AppDbContext db, IReadOnlyCollection<Guid> personIds, DateOnly date,
        CancellationToken ct = default) =>
        (await db.Disciplines.AsNoTracking().Where(d => personIds.Contains(d.PersonId)).Where(Discipline.ActiveOn(date))
            .Select(d => d.PersonId).Distinct().ToListAsync(ct)).ToHashSet();
}
