using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>Units the user may view, optionally a subtree and a diacritic-insensitive search, in tree order, keyset-paged.</summary>
public static class ListUnits
{
    public sealed record Query(string? Q, Guid? UnitId, int? Limit, string? Cursor, bool IncludeInactive = true);

    public static async Task<Result<Page<UnitDto>>> HandleAsync(AppDbContext db, CurrentUser user, Query query, CancellationToken ct)
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

        var units = filtered.Value!;
        if (cursor.Value is { } after)
        {
            units = units.Where(u => string.Compare(u.Path, after.SortKey) > 0);
        }

        var today = VnTime.Today(db.Time);
        var limit = Paging.Clamp(query.Limit);
        var rows = await units.OrderBy(u => u.Path).Take(limit + 1)
            .Select(u => new { u.Path, Dto = new UnitDto(u.Id, u.Code, u.Name, u.ShortName, u.Kind!.Code, u.Kind.Name,
                u.ParentId, u.Depth, Unit.IsActiveOn(u.ValidFrom, u.ValidTo, today), u.ValidFrom, u.ValidTo) })
            .ToListAsync(ct);
        var next = rows.Count > limit ? Paging.Encode(rows[limit - 1].Path, rows[limit - 1].Dto.Id) : null;
        return new Page<UnitDto>(rows.Take(limit).Select(r => r.Dto).ToList(), next);
    }

    /// <summary>The same filter, unpaged, for exports.</summary>
    public static async Task<Result<IQueryable<Unit>>> FilterAsync(AppDbContext db, CurrentUser user, Query query, CancellationToken ct)
    {
        var units = db.Units.AsNoTracking().VisibleTo(db, user, Permission.ViewUnits);
        if (query.UnitId is { } rootId)
        {
            var root = await units.Where(u => u.Id == rootId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (root is null)
            {
                return AppError.NotFound("đơn vị");
            }

            units = units.Where(u => u.Path.StartsWith(root));
        }

        if (!query.IncludeInactive)
        {
            units = units.ActiveOn(VnTime.Today(db.Time));
        }

        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length > 0)
        {
            var ids = db.MatchUnits(folded);
            units = units.Where(u => ids.Contains(u.Id));
        }

        return Result<IQueryable<Unit>>.From(units);
    }
}
