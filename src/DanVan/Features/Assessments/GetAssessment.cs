using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// A unit's assessment as its reader needs it: the ledger (criterion · self · appraised · difference · reason · evidence),
/// the verdict that explains the rank, the history, and what the caller may do now.
/// </summary>
public static class GetAssessment
{
    public static async Task<Result<AssessmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        (await AssessmentAccess.LoadAsync(db, user, id, Permission.ViewAssessments, ct)).TryGet(out var loaded, out var error)
            ? await DtoAsync(db, user, loaded, ct)
            : error;

    public static async Task<AssessmentDto> DtoAsync(AppDbContext db, CurrentUser user, AssessmentAccess.Loaded loaded, CancellationToken ct)
    {
        var (a, round, set) = loaded;
        var ledger = Ledger.Of(set, a);
        var unitName = await db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstAsync(ct);
        var history = await db.AssessmentEvents.Where(e => e.AssessmentId == a.Id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new { e.At, e.ByName, e.Action, e.CriterionCode, e.Note }).ToListAsync(ct);
        var open = round.Status == RoundStatus.Open;
        var today = VnTime.Today(db.Time);
        var selfOpen = open && UnitAssessment.UnitMayEdit(a.Status) && today <= round.SelfAssessmentDue;
        var can = async (Permission p) => open && await AssessmentAccess.Rule.CanAsync(db, user, a, p, ct);
        var canAnswer = a.Status == AssessmentStatus.Appealed && await can(Permission.AppraiseAssessments);
        return new AssessmentDto(a.Id, round.Id, round.Year, round.Name, round.Status, a.UnitId, unitName, a.Status, AssessmentLabels.Of(a.Status),
            ledger.Rows, ledger.SelfTotal, ledger.AppraisedTotal, ledger.MaxTotal, set.SuperiorShare, a.SuperiorPoints, a.SuperiorNote,
            ledger.Verdict(set, a.Status), a.ReturnNote, round.SelfAssessmentDue, a.AppealUntil,
            await AssessmentDeadlines.ProvisionalNoteAsync(db, a.TenantId, a.AppraisedAt, a.AppealUntil, ct), a.AppealAnswer,
            history.Select(e => new AssessmentEventDto(e.At, e.ByName, e.Action, AssessmentLabels.Of(e.Action), e.CriterionCode, e.Note)).ToList(),
            selfOpen && await can(Permission.SelfAssess), selfOpen && await can(Permission.ApproveSelfAssessments),
            a.Status == AssessmentStatus.Submitted && await can(Permission.AppraiseAssessments),
            a.Status == AssessmentStatus.Appraised && a.AppealText is null && (a.AppealUntil is null || today <= a.AppealUntil)
                && await can(Permission.ApproveSelfAssessments),
            canAnswer, a.Version);
    }
}
