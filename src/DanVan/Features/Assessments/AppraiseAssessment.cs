using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>
/// The appraisal team scores a submitted assessment (a reason for every difference from the unit's points, the superior's
/// share) and, with <c>finish</c>, closes it: the unit then sees the result and may appeal within the round's window,
/// counted in working days from today.
/// </summary>
public static class AppraiseAssessment
{
    public static Task<Result<AssessmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, AppraisalInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var by = Actor.Of(user, db.Time);
        var scores = (input.Scores ?? []).Select(s => s with { Code = VietnameseText.Clean(s.Code) ?? "", Reason = VietnameseText.Clean(s.Reason) }).ToList();
        return AssessmentAccess.ChangeAsync(db, user, id, Permission.AppraiseAssessments, expectedVersion, async l =>
        {
            if (l.Assessment.SaveAppraisal(l.Set, scores, input.SuperiorPoints, VietnameseText.Clean(input.SuperiorNote), by) is { } invalid)
            {
                return invalid;
            }

            return input.Finish == true
                ? l.Assessment.FinishAppraisal(l.Set,
                    await AssessmentDeadlines.AppealUntilAsync(db, user.TenantId, VnTime.Today(db.Time), l.Round.AppealWorkingDays, ct), by)
                : null;
        }, ct);
    }
}
