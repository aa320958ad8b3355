using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// A dossier as its unit and its levels see it: nominees with their stored sheets and reports, files, what is still
/// missing, the return notices (open ones first, in place), the levels reached, the history, what changed since the last
/// submission, and what the caller may do now.
/// </summary>
public static class GetDossier
{
    public static async Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        (await NominationAccess.FindAsync(db, user, id, ct)).TryGet(out var loaded, out var error) ? await DtoAsync(db, user, loaded, ct) : error;

    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<DossierDocument>>> RequiredAsync(AppDbContext db, Dossier d, CancellationToken ct)
    {
        var versions = d.Nominees.Select(n => n.VersionId).Distinct().ToList();
        var rows = await db.Set<AwardVersionDocument>().AsNoTracking().Where(x => versions.Contains(x.VersionId)).ToListAsync(ct);
        return versions.ToDictionary(v => v, v => (IReadOnlyList<DossierDocument>)rows.Where(r => r.VersionId == v).Select(r => r.Document).Order().ToList());
    }

    public static async Task<DossierDto> DtoAsync(AppDbContext db, CurrentUser user, NominationAccess.Loaded loaded, CancellationToken ct)
    {
        var (d, round) = loaded;
        var unitIds = d.Levels.Select(l => l.UnitId).Concat(d.ReturnItems.Select(r => r.LevelUnitId)).Append(d.UnitId)
            .Concat(d.HeldByUnitId is { } h ? [h] : []).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var missing = d.Missing(await RequiredAsync(db, d, ct));
        var mayPropose = await NominationAccess.Rule.CanAsync(db, user, d, Permission.ProposeNominations, ct);
        var act = d.Status == DossierStatus.Submitted && d.HeldByUnitId is { } held && (await Routing.LevelsOfAsync(db, user, [held], ct)).Count > 0;
        var open = round.Status == NominationRoundStatus.Open;
        var (changes, since) = Changes(d);
        return new DossierDto(d.Id, d.Version, round.Id, round.Name, round.Year, d.UnitId, names[d.UnitId], d.Status, d.Status.Label(), d.HeldByUnitId,
            d.HeldByUnitId is { } by ? names[by] : null, d.SubmissionNumberText, d.Submissions,
            d.Nominees.OrderBy(n => n.Name, StringComparer.Ordinal).Select(ToDto).ToList(),
            d.Attachments.OrderBy(a => a.AddedAt).Select(a => new AttachmentDto(a.Id, a.NomineeId, a.Document, a.Document.Label(), a.FileName, a.Size,
                a.AddedByName, a.AddedAt, $"/api/v1/nominations/dossiers/{d.Id}/attachments/{a.Id}")).ToList(),
            missing,
            d.ReturnItems.OrderByDescending(r => r.Open).ThenByDescending(r => r.At).Select(r => new ReturnItemDto(r.Id, r.Submission, r.NomineeId, r.NomineeName,
                r.Requirement, r.RuleKind, r.Document, r.RequirementLabel, r.Reason, names[r.LevelUnitId], r.ByName, r.At, r.Open)).ToList(),
            d.Levels.OrderBy(l => l.Seq).Select(l => new LevelDto(l.Seq, l.UnitId, names[l.UnitId], l.ReachedAt, l.LeftAt, l.Outcome)).ToList(),
            d.History.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
                .Select(e => new EventDto(e.Action, e.Action.Label(), e.LevelUnitId is { } l ? names.GetValueOrDefault(l) : null, e.Note, e.ByName, e.At)).ToList(),
            changes, since,
            new DossierPermissions(open && mayPropose && Dossier.UnitMayEdit(d.Status), open && mayPropose && Dossier.UnitMayEdit(d.Status),
                open && mayPropose && d.Status is not (DossierStatus.Accepted or DossierStatus.Withdrawn), open && act));
    }

    public static NomineeDto ToDto(DossierNominee n) => new(n.Id, n.Subject, n.Subject.Label(), n.SubjectId, n.Name, n.UnitName, n.AwardKindId, n.AwardName,
        n.VersionId, n.Year, n.ProposalDate, n.Verdict, Eligibility.Verdicts.Label(n.Verdict), n.EvaluatedAt,
        new ReportInput(n.ReportPosition, n.ReportDuties, n.ReportAchievements, n.ReportNarrative),
        n.Checks.OrderBy(c => c.Position).Select(c => c.ToCheck()).ToList());

    /// <summary>
    /// What changed: while the unit edits after a submission, since that submission; once resubmitted, between the last two
    /// submissions (what the level sees). Nothing before the first submission.
    /// </summary>
    private static (IReadOnlyList<DossierChange>, string?) Changes(Dossier d)
    {
        if (d.Submissions == 0)
        {
            return ([], null);
        }

        List<SnapshotField> Of(int n) => d.Snapshots.Where(s => s.Submission == n).Select(s => s.ToField()).ToList();
        if (Dossier.UnitMayEdit(d.Status))
        {
            return (SnapshotFields.Diff(Of(d.Submissions), SnapshotFields.Of(d).ToList()), $"lần gửi thứ {d.Submissions}");
        }

        return d.Submissions >= 2 ? (SnapshotFields.Diff(Of(d.Submissions - 1), Of(d.Submissions)), $"lần gửi thứ {d.Submissions - 1}") : ([], null);
    }
}
