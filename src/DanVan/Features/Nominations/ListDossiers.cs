using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>The dossiers of a round the caller may see, optionally of one state, in creation order (keyset on the id).</summary>
public static class ListDossiers
{
    public static async Task<Result<Page<DossierRow>>> HandleAsync(AppDbContext db, CurrentUser user, Guid roundId, DossierStatus? status, int? limit,
        string? cursor, CancellationToken ct)
    {
        if ((await NominationAccess.FindRoundAsync(db, user, roundId, ct)).Error is { } missing)
        {
            return missing;
        }

        var decoded = Paging.Decode(cursor);
        if (decoded.Error is { } bad)
        {
            return bad;
        }

        var after = decoded.Value;

        var take = Paging.Clamp(limit);
        var query = NominationAccess.Visible(db, user).AsNoTracking().Where(d => d.RoundId == roundId);
        if (status is { } s)
        {
            query = query.Where(d => d.Status == s);
        }

        if (after is { } a)
        {
            var afterId = a.Id;
            query = query.Where(d => d.Id.CompareTo(afterId) > 0);
        }

        var rows = await query.OrderBy(d => d.Id).Take(take + 1)
            .Join(db.Units, d => d.UnitId, u => u.Id, (d, u) => new { d, Unit = u.Name })
            .Select(x => new
            {
                x.d.Id, x.d.UnitId, x.Unit, x.d.Status, x.d.HeldByUnitId, Nominees = db.DossierNominees.Count(n => n.DossierId == x.d.Id),
                x.d.SubmissionNumberText, x.d.SubmittedAt,
            })
            .ToListAsync(ct);
        var held = rows.Where(r => r.HeldByUnitId is not null).Select(r => r.HeldByUnitId!.Value).Distinct().ToList();
        var levels = await db.Units.AsNoTracking().Where(u => held.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var items = rows.Take(take).Select(r => new DossierRow(r.Id, r.UnitId, r.Unit, r.Status, r.Status.Label(), r.HeldByUnitId is { } h ? levels[h] : null, r.Nominees,
            r.SubmissionNumberText, r.SubmittedAt)).ToList();
        return new Page<DossierRow>(items, rows.Count > take ? Paging.Encode("", items[^1].Id) : null);
    }
}
