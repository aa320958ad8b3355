using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// The model library: every word of the query (without diacritics) in the name, content or the owner unit's name;
/// filters by field, level, status, year, movement and unit subtree; newest first, or by spread (number of
/// replications) — both keyset-paged.
/// </summary>
public static class ListModels
{
    public sealed record Query(string? Q, ModelField? Field, ModelLevel? Level, ModelStatus? Status, int? Year, Guid? MovementId, Guid? UnitId,
        bool BySpread, int? Limit, string? Cursor);

    public static async Task<Result<Page<ModelListItem>>> HandleAsync(AppDbContext db, CurrentUser user, Query query, CancellationToken ct)
    {
        var cursor = Paging.Decode(query.Cursor);
        if (cursor.Error is not null)
        {
            return cursor.Error;
        }

        var models = ModelAccess.Visible(db, user).AsNoTracking();
        models = models.Matching(db, query.Q);

        if (query.UnitId is { } unitId)
        {
            var root = await db.Units.VisibleTo(db, user, Permission.ViewUnits).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (root is null)
            {
                return AppError.NotFound("đơn vị");
            }

            var under = db.Units.Where(u => u.Path.StartsWith(root)).Select(u => u.Id);
            models = models.Where(m => under.Contains(m.UnitId));
        }

        models = query.Field is { } field ? models.Where(m => m.Field == field) : models;
        models = query.Level is { } level ? models.Where(m => m.Level == level) : models;
        models = query.Status is { } status ? models.Where(m => m.Status == status) : models;
        models = query.Year is { } year ? models.Where(m => m.Year == year) : models;
        models = query.MovementId is { } movementId ? models.Where(m => m.MovementId == movementId) : models;

        var rows = models.Select(m => new
        {
            m.Id, m.Name, m.Field, m.Level, m.Status, m.Year, m.UnitId, m.ReplicatedFromId,
            Unit = db.Units.Where(u => u.Id == m.UnitId).Select(u => u.Name).First(),
            Spread = db.DvkModels.Count(r => r.ReplicatedFromId == m.Id),
            Photo = db.ModelEvidence.Where(e => e.ModelId == m.Id && ModelEvidence.PhotoTypes.Contains(e.ContentType)).OrderBy(e => e.Id)
                .Select(e => (Guid?)e.Id).FirstOrDefault(),
        });
        var limit = Paging.Clamp(query.Limit);
        if (query.BySpread)
        {
            // Sort key: spread descending, then id; the cursor carries the spread.
            if (cursor.Value is { } after)
            {
                if (!int.TryParse(after.SortKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var spread))
                {
                    return new AppError("bad_cursor", "Tham số cursor không hợp lệ.", "cursor");
                }

                var id = after.Id;
                rows = rows.Where(r => r.Spread < spread || (r.Spread == spread && r.Id.CompareTo(id) > 0));
            }

            var list = await rows.OrderByDescending(r => r.Spread).ThenBy(r => r.Id).Take(limit + 1).ToListAsync(ct);
            var next = list.Count > limit ? Paging.Encode(list[limit - 1].Spread.ToString(System.Globalization.CultureInfo.InvariantCulture), list[limit - 1].Id) : null;
            return new Page<ModelListItem>(list.Take(limit).Select(r => new ModelListItem(r.Id, r.Name, r.Field, r.Level, r.Status, r.Year, r.UnitId,
                r.Unit, r.ReplicatedFromId, r.Spread, r.Photo)).ToList(), next);
        }
        else
        {
            if (cursor.Value is { } after)
            {
                var id = after.Id;
                rows = rows.Where(r => r.Id.CompareTo(id) < 0);
            }

            var list = await rows.OrderByDescending(r => r.Id).Take(limit + 1).ToListAsync(ct);
            var next = list.Count > limit ? Paging.Encode("", list[limit - 1].Id) : null;
            return new Page<ModelListItem>(list.Take(limit).Select(r => new ModelListItem(r.Id, r.Name, r.Field, r.Level, r.Status, r.Year, r.UnitId,
                r.Unit, r.ReplicatedFromId, r.Spread, r.Photo)).ToList(), next);
        }
    }
}
