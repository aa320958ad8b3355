using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>The unit's officer removes a piece of evidence while the unit may still edit; the history keeps what was removed.</summary>
public static class RemoveAssessmentEvidence
{
    public static Task<Result<AssessmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid evidenceId, int? expectedVersion,
        CancellationToken ct) =>
        AssessmentAccess.ChangeAsync(db, user, id, Permission.SelfAssess, expectedVersion, l => Task.FromResult(
            l.Assessment.RemoveEvidence(l.Set, evidenceId, VnTime.Today(db.Time), l.Round.SelfAssessmentDue, Actor.Of(user, db.Time))), ct);
}
