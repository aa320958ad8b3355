using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Decisions;
using DanVan.Features.Nominations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// Puts on the agenda every nominee of the round's accepted dossiers that is this council's to consider, not there yet,
/// not withdrawn and not already on a decision (<see cref="OnDecision"/>), grouped by award (in the catalogue's order)
/// then by name, each with the vote rule of the award version in force on the session's date; computed conflicts of
/// interest are recorded as recusals at once. Which council considers a nominee (<see cref="CouncilUnitFor"/>): an award
/// the proposing unit decides itself goes to that unit's own council; any other award to the council of the level that
/// accepted the dossier (the province's). When nothing is left the refusal counts the left-out nominees by reason.
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
                .Select(d => new { d.Id, d.UnitId, AcceptedBy = d.HeldByUnitId ?? d.UnitId }).ToDictionaryAsync(d => d.Id, ct);
            var dossierIds = dossiers.Keys.ToList();
            var onDecision = OnDecision.NomineeIds(db);
            var nominees = await db.DossierNominees.AsNoTracking().Where(n => dossierIds.Contains(n.DossierId) && n.WithdrawnAt == null)
                .Select(n => new { n.Id, n.DossierId, n.PersonId, n.SubjectUnitId, n.Name, n.UnitName, n.AwardKindId, n.VersionId,
                    PersonUnit = db.People.Where(p => p.Id == n.PersonId).Select(p => (Guid?)p.UnitId).FirstOrDefault(),
                    Decided = onDecision.Contains(n.Id) })
                .ToListAsync(ct);
            if (nominees.Count == 0)
            {
                return CouncilErrors.NothingAccepted;
            }

            var kindIds = nominees.Select(n => n.AwardKindId).Distinct().ToList();
            var kinds = await db.AwardKinds.AsNoTracking().Where(k => kindIds.Contains(k.Id)).WithVersions().ToDictionaryAsync(k => k.Id, ct);
            var (otherCouncil, decided) = (0, 0);
            var items = new List<AgendaItem>();
            foreach (var n in nominees)
            {
                var kind = kinds[n.AwardKindId];
                var version = kind.VersionOn(l.Session.Date) ?? kind.Versions.First(v => v.Id == n.VersionId);
                var dossier = dossiers[n.DossierId];
                if (CouncilUnitFor(version, dossier.UnitId, dossier.AcceptedBy) != l.Council.UnitId)
                {
                    otherCouncil++;
                }
                else if (n.Decided)
                {
                    decided++;
                }
                else
                {
                    items.Add(new AgendaItem(l.Session, n.Id, n.DossierId, dossier.UnitId, n.PersonId, n.SubjectUnitId ?? n.PersonUnit ?? dossier.UnitId, n.Name,
                        n.UnitName, kind, version));
                }
            }

            if (items.Count == 0)
            {
                return CouncilErrors.NothingForThisCouncil(otherCouncil, decided);
            }

            items = [.. items.OrderBy(i => i.AwardPosition).ThenBy(i => i.AwardName, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal)];
            if (l.Session.AddItems(items) is { } refused)
            {
                return refused;
            }

            await Conflicts.ApplyAsync(db, l.Council, l.Session.Items, ct);
            return null;
        }, ct);

    /// <summary>
    /// The unit whose council considers a nominee: the proposing unit when every deciding authority of the award version
    /// is the unit's own (<see cref="AwardLabels.IsUnitOwn"/>: Giấy khen, LĐTT…); otherwise the level that accepted the
    /// dossier — Sở Nội vụ's, the province's root — whose council advises the chairman and proposes higher awards upward.
    /// </summary>
    public static Guid CouncilUnitFor(AwardKindVersion version, Guid proposer, Guid acceptedBy) =>
        version.Authorities.All(a => a.Authority.IsUnitOwn()) ? proposer : acceptedBy;
}
