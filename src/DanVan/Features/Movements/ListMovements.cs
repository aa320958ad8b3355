using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// Movements the user may see, newest first — by year, then launch date (ngày phát động), both descending, then by
/// name and id — in keyset pages; search without diacritics on the name.
/// </summary>
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
            if (!TryReadKey(after.SortKey, out var y, out var starts, out var name))
            {
                return new AppError("bad_cursor", "Con trỏ phân trang không hợp lệ.", "cursor");
            }

            var id = after.Id;
            movements = movements.Where(m => m.Year < y || (m.Year == y && (m.StartsOn < starts || (m.StartsOn == starts
                && (string.Compare(m.Name, name) > 0 || (m.Name == name && m.Id.CompareTo(id) > 0))))));
        }

        var limit = Paging.Clamp(query.Limit);
        var rows = await movements.OrderByDescending(m => m.Year).ThenByDescending(m => m.StartsOn).ThenBy(m => m.Name).ThenBy(m => m.Id).Take(limit + 1)
            .Select(m => new MovementListItem(m.Id, m.Name, m.Year, m.Form, m.Status, m.LaunchingUnitId,
                db.Units.Where(u => u.Id == m.LaunchingUnitId).Select(u => u.Name).First(),
                db.Documents.Where(d => d.Id == m.PlanDocumentId).Select(d => d.Number).FirstOrDefault(), m.StartsOn, m.PlanDeadline))
            .ToListAsync(ct);
        var next = rows.Count > limit ? Paging.Encode(Key(rows[limit - 1]), rows[limit - 1].Id) : null;
        return new Page<MovementListItem>(rows.Take(limit).ToList(), next);
    }

    private static string Key(MovementListItem m) =>
        string.Create(CultureInfo.InvariantCulture, $"{m.Year}|{m.StartsOn:yyyy-MM-dd}|{m.Name}");

    private static bool TryReadKey(string key, out int year, out DateOnly starts, out string name)
    {
        var parts = key.Split('|', 3);
        name = parts.Length == 3 ? parts[2] : "";
        starts = default;
        year = 0;
        return parts.Length == 3 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out year)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out starts);
    }
}
