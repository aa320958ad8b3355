using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// Where "Đề nghị" on "who qualifies" leads: the newest open round offering the award for the year, and the proposing
/// unit — the nearest unit above (or equal to) the nominee's where the caller is assigned with ProposeNominations. Its
/// dossier in the round when it has one that it may still edit (the dossier page pre-selects the nominee); none yet →
/// the round page's "Lập hồ sơ" creates it first (<see cref="CreateDossier"/>) and goes on to the same place.
/// </summary>
public static class ProposeLinks
{
    /// <summary>A link target: the round, the proposing unit, and its dossier (null: to be created).</summary>
    public sealed record Target(Guid RoundId, Guid UnitId, Guid? DossierId)
    {
        public string DossierLink(AwardSubject subject, Guid nomineeId, Guid awardKindId) =>
            $"/Nominations/Dossier/{DossierId}?{(subject == AwardSubject.Individual ? "personId" : "unitId")}={nomineeId}&awardKindId={awardKindId}";
    }

    /// <summary>The target for each nominee (by its id; the unit it belongs to — itself for a collective — given), or none.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Target>> ForAsync(AppDbContext db, CurrentUser user, Guid awardKindId, int year,
        IReadOnlyCollection<(Guid NomineeId, Guid UnitId)> nominees, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var round = nominees.Count == 0 ? null : await db.NominationRounds.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.Status == NominationRoundStatus.Open && r.Year >= year
                && db.NominationOffers.Any(o => o.RoundId == r.Id && o.AwardKindId == awardKindId))
            .OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id).Select(r => new { r.Id }).FirstOrDefaultAsync(ct);
        if (round is null)
        {
            return new Dictionary<Guid, Target>();
        }

        var proposing = await Scope.Granting(db, user, Permission.ProposeNominations).Select(a => a.UnitId).Distinct()
            .Join(db.Units, id => id, u => u.Id, (id, u) => new { u.Id, u.Path }).ToListAsync(ct);
        if (proposing.Count == 0)
        {
            return new Dictionary<Guid, Target>();
        }

        var unitIds = nominees.Select(n => n.UnitId).Distinct().ToList();
        var paths = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        var proposingIds = proposing.Select(p => p.Id).ToList();
        var dossiers = await db.Dossiers.Where(d => d.RoundId == round.Id && proposingIds.Contains(d.UnitId))
            .Select(d => new { d.UnitId, d.Id, d.Status }).ToDictionaryAsync(d => d.UnitId, ct);
        var targets = new Dictionary<Guid, Target>();
        foreach (var (nomineeId, unitId) in nominees)
        {
            if (!paths.TryGetValue(unitId, out var path)
                || proposing.Where(p => path.StartsWith(p.Path, StringComparison.Ordinal)).MaxBy(p => p.Path.Length) is not { } unit)
            {
                continue;
            }

            if (!dossiers.TryGetValue(unit.Id, out var dossier))
            {
                targets[nomineeId] = new Target(round.Id, unit.Id, null);
            }
            else if (Dossier.UnitMayEdit(dossier.Status))
            {
                targets[nomineeId] = new Target(round.Id, unit.Id, dossier.Id);
            }
        }

        return targets;
    }
}
