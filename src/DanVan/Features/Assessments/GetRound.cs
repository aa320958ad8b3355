using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>A round: its set, deadlines, decision and how many units are in each state.</summary>
public static class GetRound
{
    public static async Task<Result<RoundDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await AssessmentAccess.FindRoundAsync(db, user, id, ct)).TryGet(out var round, out var error))
        {
            return error;
        }

        var setName = await db.CriteriaSets.Where(s => s.Id == round.CriteriaSetId).Select(s => s.Name).FirstAsync(ct);
        var counts = await db.UnitAssessments.Where(a => a.RoundId == id).GroupBy(a => a.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var canManage = await AssessmentAccess.CanManageAsync(db, user, ct);
        var ready = round.Status == RoundStatus.Open && counts.Keys.All(k => k is AssessmentStatus.Appraised or AssessmentStatus.Draft or AssessmentStatus.Returned)
            && counts.GetValueOrDefault(AssessmentStatus.Appraised) > 0;
        return new RoundDto(round.Id, round.Year, round.Name, round.CriteriaSetId, setName, round.Status, round.SelfAssessmentDue, round.AppraisalDue,
            round.AppealWorkingDays, round.DecisionDocumentId, round.DecisionCitation,
            Enum.GetValues<AssessmentStatus>().Select(st => new StatusCount(st, AssessmentLabels.Of(st), counts.GetValueOrDefault(st))).ToList(), canManage, canManage && ready, round.Version);
    }
}
