using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Eligibility;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// A nominee's proof sheet as stored with the dossier, a fresh evaluation of the same award version for today, and the
/// rules whose verdict differs ("re-evaluated when facts change"). A dossier no longer being edited is compared too —
/// the level sees whether the facts moved since the unit sent it.
/// </summary>
public static class GetProofSheet
{
    public static async Task<Result<ProofSheetDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid nomineeId, CancellationToken ct)
    {
        if (!(await NominationAccess.FindAsync(db, user, id, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        if (loaded.Dossier.Nominees.FirstOrDefault(n => n.Id == nomineeId) is not { } nominee)
        {
            return NominationErrors.NomineeNotFound;
        }

        var kind = await db.AwardKinds.AsNoTracking().WithVersions().FirstAsync(k => k.Id == nominee.AwardKindId, ct);
        return await SheetsAsync(db, kind, nominee, ct);
    }

    public static async Task<ProofSheetDto> SheetsAsync(AppDbContext db, AwardKind kind, DossierNominee nominee, CancellationToken ct)
    {
        var version = kind.Versions.First(v => v.Id == nominee.VersionId);
        var sheets = await Eligibility.Eligibility.EvaluateAsync(db, kind, version, nominee.Subject, [nominee.SubjectId], nominee.Year, VnTime.Today(db.Time), ct);
        var fresh = sheets.Count > 0 ? sheets[0] : null;
        var checks = nominee.Checks.OrderBy(c => c.Position).Select(c => c.ToCheck()).ToList();
        var stored = new ProofSheet(fresh?.Nominee ?? new Nominee(nominee.Subject, nominee.SubjectId, nominee.Name, Guid.Empty, nominee.UnitName, ""),
            kind.Id, kind.Code, kind.Name, version.Id, version.Number, version.EffectiveFrom, version.Citation, nominee.Year, nominee.ProposalDate,
            nominee.Verdict, nominee.Verdict.Label(), checks);
        var changes = fresh is null ? [] : fresh.Checks.Join(checks, f => f.Position, s => s.Position, (f, s) => (f, s))
            .Where(p => p.f.Verdict != p.s.Verdict)
            .Select(p => new VerdictChange(p.f.Position, p.f.Rule, p.s.Verdict, p.s.VerdictLabel, p.f.Verdict, p.f.VerdictLabel)).ToList();
        return new ProofSheetDto(nominee.Id, stored, nominee.EvaluatedAt, fresh, changes);
    }
}
