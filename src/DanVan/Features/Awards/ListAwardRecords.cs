using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// The award register the user may see (<see cref="AwardRecordScope.Visible"/>), keyset pages by holder name, newest year first (the list
/// contract of every API list). Filters: year, kind, a unit's subtree (with the units it took over in 2025, and the
/// people now working there), and a search on the holder's name or the decision number without diacritics.
/// </summary>
public static class ListAwardRecords
{
    private const char YearSeparator = '\u001e';

    public sealed record Query(string? Q, int? Year, Guid? AwardKindId, Guid? UnitId, int? Limit, string? Cursor);

    public static async Task<Result<Page<AwardRecordDto>>> HandleAsync(AppDbContext db, CurrentUser user, Query query, CancellationToken ct)
    {
        var cursor = Paging.Decode(query.Cursor);
        if (cursor.Error is not null)
        {
            return cursor.Error;
        }

        var max = VnTime.Today(db.Time).Year;
        if (query.Year is < AwardRecord.MinYear || query.Year > max)
        {
            return AwardRecordErrors.Year(max);
        }

        var records = AwardRecordScope.Visible(db, user);
        var tenantId = user.TenantId;
        if (query.UnitId is { } unitId)
        {
            var path = await db.Units.VisibleTo(db, user, Permission.ViewAwards).Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                return await Access.NotVisibleAsync(db, db.Units.Where(u => u.Id == unitId), "đơn vị", ct);
            }

            var subtree = db.Units.Where(u => u.TenantId == tenantId && u.Path.StartsWith(path)).Select(u => u.Id);
            var taken = db.UnitSuccessions.Where(s => s.TenantId == tenantId && subtree.Contains(s.SuccessorId)).Select(s => s.PredecessorId);
            records = records.Where(r => subtree.Contains(r.UnitId) || taken.Contains(r.UnitId)
                || (r.PersonId != null && db.People.Any(p => p.Id == r.PersonId && subtree.Contains(p.UnitId))));
        }

        if (query.Year is { } year)
        {
            records = records.Where(r => r.Year == year);
        }

        if (query.AwardKindId is { } kindId)
        {
            records = records.Where(r => r.AwardKindId == kindId);
        }

        if (VietnameseText.Clean(query.Q) is { Length: > 0 } q)
        {
            var folded = VietnameseText.Fold(q);
            records = records.Where(r => r.HolderFolded.Contains(folded) || r.DecisionNumber.Contains(q));
        }

        if (cursor.Value is { } after)
        {
            // The sort key is "holder␞year": by name, then newest year first, then id.
            var (key, id) = after;
            var parts = key.Split(YearSeparator);
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return new AppError("bad_cursor", "Tham số cursor không hợp lệ.", "cursor");
            }

            var name = parts[0];
            records = records.Where(r => string.Compare(r.HolderFolded, name) > 0
                || (r.HolderFolded == name && (r.Year < y || (r.Year == y && r.Id.CompareTo(id) > 0))));
        }

        var limit = Paging.Clamp(query.Limit);
        var rows = await records.OrderBy(r => r.HolderFolded).ThenByDescending(r => r.Year).ThenBy(r => r.Id).Take(limit + 1).ToDtosAsync(db, ct);
        var last = rows.Count > limit ? rows[limit - 1] : null;
        var next = last is null ? null
            : Paging.Encode(VietnameseText.Fold(last.HolderName) + YearSeparator + last.Year.ToString(CultureInfo.InvariantCulture), last.Id);
        return new Page<AwardRecordDto>(rows.Take(limit).ToList(), next);
    }
}
