using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Consultations;

/// <summary>
/// The requests for an opinion addressed to the caller's units (<see cref="ConsultationAccess.Addressed"/>): every one still
/// to answer (<see cref="ConsultationAccess.ToAnswer"/>, as on the work list), due first, then the <see cref="Recent"/> latest others. Each says who asked, the proposing unit,
/// the round and the nominees it is about — the consulted unit does not see the rest of the dossier. A fixed number of queries.
/// </summary>
public static class ListAddressed
{
    public const int Recent = 50;

    public static async Task<AddressedListDto> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var addressed = ConsultationAccess.Addressed(db, user).AsNoTracking();
        var toAnswer = addressed.ToAnswer(db);
        var open = await toAnswer.OrderBy(c => c.DueOn).ThenBy(c => c.Id).ToListAsync(ct);
        var closed = await addressed.Where(c => !toAnswer.Any(o => o.Id == c.Id)).OrderByDescending(c => c.SentOn).ThenByDescending(c => c.Id)
            .Take(Recent).ToListAsync(ct);
        return new AddressedListDto(open.Count, await DtosAsync(db, [.. open, .. closed], ct));
    }

    /// <summary>The requests as the consulted unit sees them, in the given order.</summary>
    public static async Task<IReadOnlyList<AddressedConsultationDto>> DtosAsync(AppDbContext db, IReadOnlyList<Consultation> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var dossierIds = rows.Select(c => c.DossierId).Distinct().ToList();
        var unitIds = rows.Select(c => c.LevelUnitId).Concat(rows.Select(c => c.ConsultedUnitId!.Value)).Distinct().ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id))
            .Select(d => new { d.Id, Open = db.Dossiers.Where(ConsultationAccess.DossierOpen).Any(o => o.Id == d.Id),
                Unit = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).First(),
                Round = db.NominationRounds.Where(r => r.Id == d.RoundId).Select(r => r.Name).First() })
            .ToDictionaryAsync(d => d.Id, ct);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var nominees = (await db.DossierNominees.AsNoTracking().Where(n => dossierIds.Contains(n.DossierId) && n.WithdrawnAt == null)
                .OrderBy(n => n.Name).ThenBy(n => n.Id).Select(n => new { n.Id, n.DossierId, n.Name, n.UnitName, n.AwardName, n.Year }).ToListAsync(ct))
            .ToLookup(n => n.DossierId);
        var today = VnTime.Today(db.Time);
        return rows.Select(c =>
        {
            var d = dossiers[c.DossierId];
            var about = nominees[c.DossierId].Where(n => c.NomineeId is null || n.Id == c.NomineeId)
                .Select(n => new AddressedNomineeDto(n.Name, n.UnitName, n.AwardName, n.Year)).ToList();
            var nomineeName = c.NomineeId is null ? null : about.FirstOrDefault()?.Name;
            return new AddressedConsultationDto(ListConsultations.Dto(c, today, nomineeName), units[c.ConsultedUnitId!.Value], units[c.LevelUnitId], d.Unit,
                d.Round, about, ConsultationAccess.MayReply(c.State, d.Open));
        }).ToList();
    }
}
