using DanVan.Features.Awards;
using DanVan.Features.Council;
using DanVan.Features.Nominations;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Decisions;

/// <summary>
/// The approved list of a round (danh sách được chấp thuận) for one deciding authority, as the README states it: a
/// nominee whose agenda item was voted and **closed as passed** (an agenda holds accepted dossiers only); or, when the
/// nominee was never put on a council agenda, one of an accepted dossier whose award version needs no council ballot (no threshold in the catalogue — the unit-level
/// titles and forms). A nominee whose item is pending, open or failed is not approved. Only awards the authority decides
/// on the decision date, nominees inside the issuing unit's subtree (the province's chairman: all), and none already on
/// another decision (draft or issued) unless removed from it.
/// </summary>
public static class ApprovedList
{
    public sealed record Entry(DossierNominee Nominee, Guid UnitId, string? Position, AwardKind Kind, Guid? SessionId);

    public static async Task<IReadOnlyList<Entry>> ForAsync(AppDbContext db, Guid tenantId, Guid roundId, DecidingAuthority authority, string issuerPath,
        DateOnly day, CancellationToken ct)
    {
        var taken = OnDecision.NomineeIds(db);
        var nominees = await db.DossierNominees.AsNoTracking()
            .Where(n => n.TenantId == tenantId && n.RoundId == roundId && n.WithdrawnAt == null && !taken.Contains(n.Id))
            .OrderBy(n => n.Id).ToListAsync(ct);
        var ids = nominees.Select(n => n.Id).ToList();
        var dossierIds = nominees.Select(n => n.DossierId).Distinct().ToList();
        var accepted = (await db.Dossiers.Where(d => dossierIds.Contains(d.Id) && d.Status == DossierStatus.Accepted).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        var items = (await db.AgendaItems.AsNoTracking().Where(i => ids.Contains(i.NomineeId))
                .Select(i => new { i.NomineeId, i.SessionId, i.State, i.Passed, i.CreatedAt }).ToListAsync(ct))
            .GroupBy(i => i.NomineeId).ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.CreatedAt).First());
        var kindIds = nominees.Select(n => n.AwardKindId).Distinct().ToList();
        var kinds = await db.AwardKinds.AsNoTracking().Where(k => kindIds.Contains(k.Id)).WithVersions().ToDictionaryAsync(k => k.Id, ct);
        var personIds = nominees.Where(n => n.PersonId is not null).Select(n => n.PersonId!.Value).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new { p.UnitId, p.Position }, ct);
        var unitIds = nominees.Select(n => n.SubjectUnitId ?? (n.PersonId is { } p && people.TryGetValue(p, out var x) ? x.UnitId : Guid.Empty)).Distinct().ToList();
        var paths = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);

        var approved = new List<Entry>();
        foreach (var n in nominees)
        {
            var kind = kinds[n.AwardKindId];
            if (kind.VersionOn(day) is not { Active: true } version || version.Authorities.All(a => a.Authority != authority))
            {
                continue;
            }

            var unitId = n.SubjectUnitId ?? (n.PersonId is { } pid && people.TryGetValue(pid, out var person) ? person.UnitId : Guid.Empty);
            if (!paths.TryGetValue(unitId, out var path) || !path.StartsWith(issuerPath, StringComparison.Ordinal) && authority != DecidingAuthority.ProvinceChairman)
            {
                continue;
            }

            var item = items.GetValueOrDefault(n.Id);
            var passed = item is { State: ItemState.Closed, Passed: true };
            var noBallot = item is null && accepted.Contains(n.DossierId) && kind.Versions.First(v => v.Id == n.VersionId).VoteThresholdPercent is null;
            if (passed || noBallot)
            {
                approved.Add(new Entry(n, unitId, n.PersonId is { } id && people.TryGetValue(id, out var pp) ? pp.Position ?? n.ReportPosition : null, kind,
                    item?.SessionId));
            }
        }

        return approved;
    }
}
