using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Ratings;

/// <summary>
/// The people the user may view (the people list's own filter: scope, unit subtree, unaccented search) with their
/// rating for the year, keyset pages by name (the list contract of every API list). Unrated people are listed with
/// no level: that is the officer's to-do.
/// </summary>
public static class ListRatings
{
    public sealed record Query(int? Year, Guid? UnitId, string? Q, int? Limit, string? Cursor);

    public static async Task<Result<Page<RatingRow>>> HandleAsync(AppDbContext db, CurrentUser user, Query query, CancellationToken ct)
    {
        var year = query.Year ?? VnTime.Today(db.Time).Year;
        if (RatePerson.CheckYear(db, year) is { } badYear)
        {
            return badYear;
        }

        var cursor = Paging.Decode(query.Cursor);
        if (cursor.Error is not null)
        {
            return cursor.Error;
        }

        var grants = await Scope.GrantsAsync(db, user, ct);
        var filtered = await ListPeople.FilterAsync(db, user, grants, new ListPeople.Query(query.Q, query.UnitId, null, null), ct);
        if (filtered.Error is not null)
        {
            return filtered.Error;
        }

        var people = filtered.Value!;
        if (cursor.Value is { } after)
        {
            var (key, id) = after;
            people = people.Where(p => string.Compare(p.FullNameFolded, key) > 0 || (p.FullNameFolded == key && p.Id.CompareTo(id) > 0));
        }

        var limit = Paging.Clamp(query.Limit);
        var tenantId = user.TenantId;
        var rows = await people.OrderBy(p => p.FullNameFolded).ThenBy(p => p.Id).Take(limit + 1)
            .Select(p => new
            {
                p.Id, p.FullName, p.FullNameFolded, p.Position, p.UnitId, UnitName = p.Unit!.Name,
                Rating = db.PersonRatings.Where(r => r.TenantId == tenantId && r.PersonId == p.Id && r.Year == year)
                    .Select(r => new { r.Level, r.Note, r.Version }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var next = rows.Count > limit ? Paging.Encode(rows[limit - 1].FullNameFolded, rows[limit - 1].Id) : null;
        return new Page<RatingRow>(rows.Take(limit).Select(r => new RatingRow(r.Id, r.FullName, r.Position, r.UnitId, r.UnitName, year,
            r.Rating?.Level, r.Rating?.Level.Label(), r.Rating?.Note, r.Rating?.Version)).ToList(), next);
    }
}
