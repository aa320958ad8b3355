using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Registrations;

/// <summary>
/// Every participating unit the caller may see, with its registration's status and counts, in keyset pages by unit
/// code. One query: obligations joined to the scope, left-joined to registrations, counts as correlated subqueries.
/// </summary>
public static class ListRegistrations
{
    public sealed record Query(RegistrationStatus? Status, bool? Missing, int? Limit, string? Cursor);

    public static async Task<Result<Page<RegistrationRow>>> HandleAsync(AppDbContext db, CurrentUser user, Guid movementId, Query query,
        CancellationToken ct)
    {
        var cursor = Paging.Decode(query.Cursor);
        if (cursor.Error is not null)
        {
            return cursor.Error;
        }

        if ((await MovementAccess.FindAsync(db, user, movementId, ct)).Error is { } refused)
        {
            return refused;
        }

        var rows = Rows(db, user, movementId);
        if (query.Status is { } status)
        {
            rows = rows.Where(x => x.Status == status);
        }

        if (query.Missing == true)
        {
            rows = rows.Where(x => x.RegistrationId == null);
        }

        if (cursor.Value is { } after)
        {
            var (code, id) = (after.SortKey, after.Id);
            rows = rows.Where(x => string.Compare(x.UnitCode, code) > 0 || (x.UnitCode == code && x.UnitId.CompareTo(id) > 0));
        }

        var limit = Paging.Clamp(query.Limit);
        var list = await rows.OrderBy(x => x.UnitCode).ThenBy(x => x.UnitId).Take(limit + 1).ToListAsync(ct);
        var next = list.Count > limit ? Paging.Encode(list[limit - 1].UnitCode, list[limit - 1].UnitId) : null;
        return new Page<RegistrationRow>(list.Take(limit).ToList(), next);
    }

    public static IQueryable<RegistrationRow> Rows(AppDbContext db, CurrentUser user, Guid movementId)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ViewUnits);
        return from o in db.PlanObligations.AsNoTracking().Where(o => o.MovementId == movementId && o.TenantId == user.TenantId)
            join u in units on o.UnitId equals u.Id
            join r in db.Registrations.Where(r => r.MovementId == movementId) on o.UnitId equals r.UnitId into regs
            from r in regs.DefaultIfEmpty()
            select new RegistrationRow
            {
                UnitId = u.Id,
                UnitCode = u.Code,
                UnitName = u.Name,
                RegistrationId = r == null ? null : r.Id,
                Status = r == null ? null : r.Status,
                Titles = r == null || r.Titles == "" ? 0 : r.Titles.Length - r.Titles.Replace(";", "").Length + 1,
                Models = r == null ? 0 : db.PlannedModels.Count(m => m.RegistrationId == r.Id),
                People = r == null ? 0 : db.RegisteredPeople.Count(p => p.RegistrationId == r.Id),
            };
    }
}
