using DanVan.Features.Awards;
using DanVan.Features.Nominations;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>
/// The nominees a notice may list: those of dossiers Sở Nội vụ has accepted (not withdrawn), of one round or chosen
/// one by one, each with what the public may read and the notice period its award requires on the start date (the
/// award version then in force: NoticeWorkingDays, null when the catalogue does not require notice).
/// </summary>
public static class Candidates
{
    public sealed record Candidate(Guid NomineeId, Guid RoundId, string Name, string UnitName, string AwardName, string? Summary, int? NoticeWorkingDays)
    {
        public NoticeEntrySpec Spec => new(NomineeId, Name, UnitName, AwardName, Summary);
    }

    public static async Task<IReadOnlyList<Candidate>> ForAsync(AppDbContext db, Guid tenantId, Guid? roundId, IReadOnlyCollection<Guid>? nomineeIds, DateOnly on,
        CancellationToken ct)
    {
        var accepted = db.Dossiers.Where(d => d.TenantId == tenantId && d.Status == DossierStatus.Accepted).Select(d => d.Id);
        var query = db.DossierNominees.AsNoTracking().Where(n => n.TenantId == tenantId && n.WithdrawnAt == null && accepted.Contains(n.DossierId));
        if (roundId is { } round)
        {
            query = query.Where(n => n.RoundId == round);
        }

        if (nomineeIds is not null)
        {
            var ids = nomineeIds.Distinct().ToList();
            query = query.Where(n => ids.Contains(n.Id));
        }

        var rows = await query.OrderBy(n => n.AwardName).ThenBy(n => n.Name).ThenBy(n => n.Id)
            .Select(n => new { n.Id, n.RoundId, n.Name, n.UnitName, n.AwardKindId, n.AwardName, n.ReportAchievements, n.ReportNarrative })
            .Take(PublicNotice.MaxEntries + 1).ToListAsync(ct);
        var kindIds = rows.Select(r => r.AwardKindId).Distinct().ToList();
        var kinds = await db.AwardKinds.AsNoTracking().Where(k => kindIds.Contains(k.Id)).WithVersions().ToDictionaryAsync(k => k.Id, ct);
        return rows.Select(r => new Candidate(r.Id, r.RoundId, r.Name, r.UnitName, r.AwardName, r.ReportAchievements ?? r.ReportNarrative,
            kinds.TryGetValue(r.AwardKindId, out var kind) ? kind.VersionOn(on)?.NoticeWorkingDays : null)).ToList();
    }
}
