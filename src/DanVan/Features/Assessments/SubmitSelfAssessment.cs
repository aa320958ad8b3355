using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>The head of unit approves the self-assessment, which sends it to the appraisal team (same rule as registrations).</summary>
public static class SubmitSelfAssessment
{
    public static Task<Result<AssessmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion, CancellationToken ct) =>
        AssessmentAccess.ChangeAsync(db, user, id, Permission.ApproveSelfAssessments, expectedVersion, l => Task.FromResult(
            l.Assessment.Submit(l.Set, VnTime.Today(db.Time), l.Round.SelfAssessmentDue, Actor.Of(user, db.Time))), ct);
}
