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

        if (!Paging.Decode(cursor).TryGet(out var after, out var bad))
        {
            return bad;
        }

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
            .Select(d => new
            {
                d.Id, d.UnitId, Unit = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).First(), d.Status,
                HeldBy = db.Units.Where(u => u.Id == d.HeldByUnitId).Select(u => u.Name).FirstOrDefault(),
                Nominees = db.DossierNominees.Count(n => n.DossierId == d.Id), d.SubmissionNumberText, d.SubmittedAt,
            })
            .ToListAsync(ct);
        var items = rows.Take(take).Select(r => new DossierRow(r.Id, r.UnitId, r.Unit, r.Status, r.Status.Label(), r.HeldBy, r.Nominees,
            r.SubmissionNumberText, r.SubmittedAt)).ToList();
        return new Page<DossierRow>(items, rows.Count > take ? Paging.Encode("", items[^1].Id) : null);
    }
}
