using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Decisions;

/// <summary>The decisions the caller sees, newest first, in keyset pages (cursor: the last id; ids are time-ordered).</summary>
public static class ListDecisions
{
    public static async Task<Result<DecisionPageDto>> HandleAsync(AppDbContext db, CurrentUser user, int? limit, string? cursor, CancellationToken ct)
    {
        var decoded = Paging.Decode(cursor);
        if (decoded.Error is { } bad)
        {
            return bad;
        }

        var take = Paging.Clamp(limit);
        var units = db.Units.VisibleTo(db, user, Permission.ViewAwards).Select(u => u.Id);
        var tenantId = user.TenantId;
        var query = db.Decisions.AsNoTracking().Where(d => d.TenantId == tenantId && units.Contains(d.UnitId));
        if (decoded.Value is { } after)
        {
            var id = after.Id;
            query = query.Where(d => d.Id.CompareTo(id) < 0); // version-7 ids: newest first by id
        }

        var rows = await query.OrderByDescending(d => d.Id).Take(take + 1)
            .Select(d => new
            {
                d.Id, d.Title, d.State, d.Number, d.DecisionDate,
                Round = db.NominationRounds.Where(r => r.Id == d.RoundId).Select(r => r.Name).First(),
                Issuer = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).First(),
                Count = d.Awardees.Count(x => x.RemovedReason == null),
                Total = d.Awardees.Where(x => x.RemovedReason == null).Sum(x => x.Amount ?? 0),
            }).ToListAsync(ct);
        var next = rows.Count > take ? Paging.Encode("", rows[take - 1].Id) : null;
        return new DecisionPageDto(rows.Take(take).Select(r => new DecisionSummaryDto(r.Id, r.Title, r.Round, r.Issuer, r.State, r.State.Label(), r.Number,
            r.DecisionDate, r.Count, r.Total, AwardLabels.Money(r.Total))).ToList(), next);
    }
}
