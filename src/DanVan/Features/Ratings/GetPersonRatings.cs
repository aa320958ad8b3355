using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Ratings;

/// <summary>A person's ratings by year with their history, and their disciplinary measures (the person page's card; GET …/disciplines).</summary>
public static class GetPersonRatings
{
    public sealed record YearRating(int Year, string LevelLabel, string UnitName, string? Note, IReadOnlyList<RatingChangeDto> History);

    public sealed record Detail(Guid PersonId, IReadOnlyList<YearRating> Years, IReadOnlyList<DisciplineDto> Disciplines, bool CanManage);

    public static async Task<Result<Detail>> HandleAsync(AppDbContext db, CurrentUser user, Guid personId, CancellationToken ct)
    {
        if (!(await PersonAccess.Rule.FindAsync(db, user, personId, ct)).TryGet(out var person, out var notFound))
        {
            return notFound;
        }

        var tenantId = user.TenantId;
        var ratings = await db.PersonRatings.AsNoTracking().Where(r => r.TenantId == tenantId && r.PersonId == personId)
            .OrderByDescending(r => r.Year)
            .Select(r => new { r.Year, r.Level, r.Note, UnitName = db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        var changes = (await db.PersonRatingChanges.AsNoTracking().Where(c => c.TenantId == tenantId && c.PersonId == personId)
                .ToListAsync(ct))
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Select(c => new RatingChangeDto(c.Year, c.At, c.UserName, c.From, c.From?.Label(), c.To, c.To.Label(), c.Reason, c.Note,
                new RatingSource(c.SourceFile, c.SourceRow).Describe(c.UserName)))
            .ToLookup(c => c.Year);
        var years = ratings.Select(r => new YearRating(r.Year, r.Level.Label(), r.UnitName, r.Note, changes[r.Year].ToList())).ToList();
        return new Detail(personId, years, await DisciplinesAsync(db, tenantId, personId, ct),
            await PersonAccess.Rule.CanAsync(db, user, person, Permission.ManageRatings, ct));
    }

    public static async Task<IReadOnlyList<DisciplineDto>> DisciplinesAsync(AppDbContext db, Guid tenantId, Guid personId, CancellationToken ct) =>
        (await db.Disciplines.AsNoTracking().Where(d => d.TenantId == tenantId && d.PersonId == personId).OrderByDescending(d => d.From)
            .ToListAsync(ct))
        .Select(d => new DisciplineDto(d.Id, d.PersonId, d.Kind, d.Kind.Label(), d.DecisionNumber, d.DecisionDate, d.From, d.To, d.Note,
            d.EnteredByName, d.CreatedAt))
        .ToList();
}
