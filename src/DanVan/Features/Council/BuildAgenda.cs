using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Nominations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// Puts on the agenda every nominee of the round's accepted dossiers not there yet and not withdrawn, grouped by award (in
/// the catalogue's order) then by name, each with the vote rule of the award version in force on the session's date;
/// computed conflicts of interest are recorded as recusals at once. An award the proposing unit decides itself (every
/// authority of the version <see cref="AwardLabels.IsUnitOwn"/>: Giấy khen, LĐTT…) goes only to that unit's own council;
/// when nothing else is left the refusal says so.
/// </summary>
public static class BuildAgenda
{
    public static Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid sessionId, AgendaInput input, int? expectedVersion,
        CancellationToken ct) =>
        SessionChange.HandleAsync(db, user, sessionId, expectedVersion, async l =>
        {
            if (input.RoundId is not { } roundId)
            {
                return AppError.Required("RoundId", "đợt xét khen thưởng");
            }

            var tenantId = l.Council.TenantId;
            if (!await db.NominationRounds.AnyAsync(r => r.Id == roundId && r.TenantId == tenantId, ct))
            {
                return CouncilErrors.RoundNotFound;
            }

            var dossiers = await db.Dossiers.AsNoTracking().Where(d => d.RoundId == roundId && d.TenantId == tenantId && d.Status == DossierStatus.Accepted)
                .Select(d => new { d.Id, d.UnitId }).ToDictionaryAsync(d => d.Id, d => d.UnitId, ct);
            var dossierIds = dossiers.Keys.ToList();
            var nominees = await db.DossierNominees.AsNoTracking().Where(n => dossierIds.Contains(n.DossierId) && n.WithdrawnAt == null)
                .Select(n => new { n.Id, n.DossierId, n.PersonId, n.SubjectUnitId, n.Name, n.UnitName, n.AwardKindId, n.VersionId,
                    PersonUnit = db.People.Where(p => p.Id == n.PersonId).Select(p => (Guid?)p.UnitId).FirstOrDefault() })
                .ToListAsync(ct);
            if (nominees.Count == 0)
            {
                return CouncilErrors.NothingAccepted;
            }

            var kindIds = nominees.Select(n => n.AwardKindId).Distinct().ToList();
            var kinds = await db.AwardKinds.AsNoTracking().Where(k => kindIds.Contains(k.Id)).WithVersions().ToDictionaryAsync(k => k.Id, ct);
            var items = nominees.Select(n =>
            {
                var kind = kinds[n.AwardKindId];
                var version = kind.VersionOn(l.Session.Date) ?? kind.Versions.First(v => v.Id == n.VersionId);
                var proposer = dossiers[n.DossierId];
                return version.Authorities.All(a => a.Authority.IsUnitOwn()) && proposer != l.Council.UnitId
                    ? null
                    : new AgendaItem(l.Session, n.Id, n.DossierId, proposer, n.PersonId, n.SubjectUnitId ?? n.PersonUnit ?? proposer, n.Name, n.UnitName, kind, version);
            }).OfType<AgendaItem>().OrderBy(i => i.AwardPosition).ThenBy(i => i.AwardName, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
            if (items.Count == 0)
            {
                return CouncilErrors.OnlyUnitOwnAwards;
            }

            if (l.Session.AddItems(items) is { } refused)
            {
                return refused;
            }

            await Conflicts.ApplyAsync(db, l.Council, l.Session.Items, ct);
            return null;
        }, ct);
}
