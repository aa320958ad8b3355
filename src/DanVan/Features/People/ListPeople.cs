using System.Linq.Expressions;
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

        var grants = await Scope.GrantsAsync(db, user, ct);
        var filtered = await FilterAsync(db, user, grants, query, ct);
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
            .Project(grants).ToListAsync(ct);
        var next = rows.Count > limit ? Paging.Encode(VietnameseText.Fold(rows[limit - 1].FullName), rows[limit - 1].Id) : null;
        return new Page<PersonDto>(rows.Take(limit).ToList(), next);
    }

    /// <summary>
    /// The scope is one predicate from the caller's grants (read once), the search a folded LIKE on the scoped rows of
    /// the tenant (PostgreSQL: trigram index; SQLite: the scoped index range), never an id set over every tenant.
    /// </summary>
    public static async Task<Result<IQueryable<Person>>> FilterAsync(AppDbContext db, CurrentUser user, IReadOnlyList<Scope.Grant> grants,
        Query query, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().VisibleToAsync(db, user, grants, Permission.ViewPeople, ct);
        if (query.UnitId is { } unitId)
        {
            var root = await db.Units.VisibleTo(db, user, Permission.ViewUnits).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (root is null)
            {
                return await Access.NotVisibleAsync(db, db.Units.Where(u => u.Id == unitId), "đơn vị", ct);
            }

            people = people.Where(p => p.Unit!.Path.StartsWith(root));
        }

        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length > 0)
        {
            var pattern = SearchPatterns.Contains(folded);
            people = people.Where(p => EF.Functions.Like(p.FullNameFolded, pattern, SearchPatterns.Escape));
        }

        return Result<IQueryable<Person>>.From(people);
    }

    /// <summary>Sensitive fields are blanked in SQL for units where the viewer lacks ViewSensitive.</summary>
    public static IQueryable<PersonDto> Project(this IQueryable<Person> people, AppDbContext db, CurrentUser user)
    {
        // Correlated (EXISTS … WHERE u.Id = p.UnitId): one key probe per row. "IN (units visible)" built the whole
        // list of the caller's units first — 11 ms per person for a province-wide user (bench/README.md, writes under load).
        var sensitive = db.Units.VisibleTo(db, user, Permission.ViewSensitive).Select(u => u.Id);
        return people.Project(p => sensitive.Any(id => id == p.UnitId));
    }

    /// <summary>
    /// The same, from grants already read: "sensitive visible" is one predicate on the row's unit, or a constant when the
    /// ViewSensitive grants reach every unit the ViewPeople grants do (or none).
    /// </summary>
    public static IQueryable<PersonDto> Project(this IQueryable<Person> people, IReadOnlyList<Scope.Grant> grants)
    {
        var sensitive = grants.Giving(Permission.ViewSensitive);
        Expression<Func<Person, bool>> visible = sensitive.Count == 0 ? _ => false
            : sensitive.Covers(grants.Giving(Permission.ViewPeople)) ? _ => true
            : Scope.Reaching<Person>(sensitive, p => p.UnitId, p => p.Unit!.Path);
        return people.Project(visible);
    }

    private static readonly Expression<Func<Person, bool, PersonDto>> Shape = (p, sensitive) => new PersonDto(p.Id, p.FullName,
        p.Gender, p.BirthYear, p.Position, p.StaffCategory, p.UnitId, p.Unit!.Name,
        sensitive ? p.Ethnicity : null,
        sensitive ? p.IsPartyMember : null,
        sensitive,
        p.Version);

    private static IQueryable<PersonDto> Project(this IQueryable<Person> people, Expression<Func<Person, bool>> sensitive)
    {
        var row = Shape.Parameters[0];
        var visible = new Replace(sensitive.Parameters[0], row).Visit(sensitive.Body);
        return people.Select(Expression.Lambda<Func<Person, PersonDto>>(new Replace(Shape.Parameters[1], visible).Visit(Shape.Body), row));
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
