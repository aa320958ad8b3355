using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>The unit's officer saves its self-scores (a draft): only its own unit, while open, before the deadline.</summary>
public static class SaveSelfAssessment
{
    public static Task<Result<AssessmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, SelfAssessmentInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var scores = (input.Scores ?? []).Select(s => s with
        {
            Code = VietnameseText.Clean(s.Code) ?? "", Explanation = VietnameseText.Clean(s.Explanation), Evidence = VietnameseText.Clean(s.Evidence),
        }).ToList();
        return AssessmentAccess.ChangeAsync(db, user, id, Permission.SelfAssess, expectedVersion, l => Task.FromResult(
            l.Assessment.SaveSelf(l.Set, scores, VnTime.Today(db.Time), l.Round.SelfAssessmentDue, Actor.Of(user, db.Time))), ct);
    }
}
