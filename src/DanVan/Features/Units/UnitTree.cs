using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>One level of the tree browser: the children of a unit (or the user's top units) with counts.</summary>
public static class UnitTree
{
    public sealed record Node(Guid Id, string Code, string Name, string KindName, bool IsActive, DateOnly? ValidTo,
        int ChildCount, int PeopleCount);

    public static async Task<IReadOnlyList<Node>> ChildrenAsync(AppDbContext db, CurrentUser user, Guid? parentId, CancellationToken ct)
    {
        var visible = db.Units.AsNoTracking().VisibleTo(db, user, Permission.ViewUnits);
        IQueryable<Unit> level;
        if (parentId is { } id)
        {
            level = visible.Where(u => u.ParentId == id);
        }
        else
        {
            // Top: visible units whose parent the user cannot see (usually the one unit of their assignment).
            var visibleIds = visible.Select(u => u.Id);
            level = visible.Where(u => u.ParentId == null || !visibleIds.Contains(u.ParentId.Value));
        }

        // Active units first, closed ones after: the order is applied after the query, by the one rule.
        var today = VnTime.Today(db.Time);
        var nodes = await level
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new Node(u.Id, u.Code, u.Name, u.Kind!.Name, Unit.IsActiveOn(u.ValidFrom, u.ValidTo, today), u.ValidTo,
                db.Units.Count(c => c.ParentId == u.Id),
                db.People.Count(p => p.Unit!.Path.StartsWith(u.Path))))
            .ToListAsync(ct);
        return nodes.OrderBy(n => !n.IsActive).ToList();
    }
}
