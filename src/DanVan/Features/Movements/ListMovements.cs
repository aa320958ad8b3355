using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>Movements the user may see, newest first, keyset pages; search without diacritics on the name.</summary>
public static class ListMovements
{
    public sealed record Query(string? Q, int? Year, MovementStatus? Status, int? Limit, string? Cursor);

    public static async Task<Result<Page<MovementListItem>>> HandleAsync(AppDbContext db, CurrentUser user, Query query, CancellationToken ct)
    {
        var cursor = Paging.Decode(query.Cursor);
        if (cursor.Error is not null)
        {
            return cursor.Error;
        }

        var movements = MovementAccess.Visible(db, user).AsNoTracking();
        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length > 0)
        {
            var pattern = SearchPatterns.Contains(folded);
            movements = movements.Where(m => EF.Functions.Like(m.NameFolded, pattern, SearchPatterns.Escape));
        }

        if (query.Year is { } year)
        {
            movements = movements.Where(m => m.Year == year);
        }

        if (query.Status is { } status)
        {
            movements = movements.Where(m => m.Status == status);
        }

        if (cursor.Value is { } after)
        {
            var id = after.Id;
            movements = movements.Where(m => m.Id.CompareTo(id) < 0);
        }

        var limit = Paging.Clamp(query.Limit);
        var rows = await movements.OrderByDescending(m => m.Id).Take(limit + 1)
            .Select(m => new MovementListItem(m.Id, m.Name, m.Year, m.Form, m.Status, m.LaunchingUnitId,
                db.Units.Where(u => u.Id == m.LaunchingUnitId).Select(u => u.Name).First(),
                db.Documents.Where(d => d.Id == m.PlanDocumentId).Select(d => d.Number).FirstOrDefault(), m.StartsOn, m.PlanDeadline))
            .ToListAsync(ct);
        var next = rows.Count > limit ? Paging.Encode("", rows[limit - 1].Id) : null;
        return new Page<MovementListItem>(rows.Take(limit).ToList(), next);
    }
}
