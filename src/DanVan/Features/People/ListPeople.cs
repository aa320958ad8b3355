using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.People;

/// <summary>People the user may view: diacritic-insensitive search, a unit's subtree, keyset pages by name.</summary>
public static class ListPeople
{
    public sealed record Query(string? Q, Guid? UnitId, int? Limit, string? Cursor);

    public static async Task<Result<Page<PersonDto>>> HandleAsync(AppDbContext db, CurrentUser user, Query query, CancellationToken ct)
    {
        var cursor = Paging.Decode(query.Cursor);
        if (cursor.Error is not null)
        {
            return cursor.Error;
        }

        var filtered = await FilterAsync(db, user, query, ct);
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
        var rows = await people.OrderBy(p => p.FullNameFolded).ThenBy(p => p.Id).Take(limit + 1)
            .Project(db, user).ToListAsync(ct);
        var next = rows.Count > limit ? Paging.Encode(VietnameseText.Fold(rows[limit - 1].FullName), rows[limit - 1].Id) : null;
        return new Page<PersonDto>(rows.Take(limit).ToList(), next);
    }

    public static async Task<Result<IQueryable<Person>>> FilterAsync(AppDbContext db, CurrentUser user, Query query, CancellationToken ct)
    {
        var people = db.People.AsNoTracking().VisibleTo(db, user, Permission.ViewPeople);
        if (query.UnitId is { } unitId)
        {
            var root = await db.Units.VisibleTo(db, user, Permission.ViewUnits).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (root is null)
            {
                return AppError.NotFound("đơn vị");
            }

            people = people.Where(p => p.Unit!.Path.StartsWith(root));
        }

        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length > 0)
        {
            var ids = db.MatchPeople(folded);
            people = people.Where(p => ids.Contains(p.Id));
        }

        return Result<IQueryable<Person>>.From(people);
    }

    /// <summary>Sensitive fields are blanked in SQL for units where the viewer lacks ViewSensitive.</summary>
    public static IQueryable<PersonDto> Project(this IQueryable<Person> people, AppDbContext db, CurrentUser user)
    {
        var sensitive = db.Units.VisibleTo(db, user, Permission.ViewSensitive).Select(u => u.Id);
        return people.Select(p => new PersonDto(p.Id, p.FullName, p.Gender, p.BirthYear, p.Position, p.StaffCategory,
            p.UnitId, p.Unit!.Name,
            sensitive.Contains(p.UnitId) ? p.Ethnicity : null,
            sensitive.Contains(p.UnitId) ? p.IsPartyMember : null,
            sensitive.Contains(p.UnitId)));
    }
}
