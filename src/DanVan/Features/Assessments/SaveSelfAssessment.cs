using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>The unit's officer saves its self-scores (a draft): only its own unit, while open, before the deadline.</summary>
public static class SaveSelfAssessment
{
    public static async Task<Result<AssessmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, SelfAssessmentInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await AssessmentAccess.LoadAsync(db, user, id, Permission.SelfAssess, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        if (loaded.Round.CheckOpen() is { } decided)
        {
            return decided;
        }

        if (db.Expect(loaded.Assessment, expectedVersion) is { } stale)
        {
            return stale;
        }

        var scores = (input.Scores ?? []).Select(s => s with
        {
            Code = VietnameseText.Clean(s.Code) ?? "", Explanation = VietnameseText.Clean(s.Explanation), Evidence = VietnameseText.Clean(s.Evidence),
        }).ToList();
        if (loaded.Assessment.SaveSelf(loaded.Set, scores, VnTime.Today(db.Time), loaded.Round.SelfAssessmentDue, Actor.Of(user, db.Time)) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(ct);
        return await GetAssessment.DtoAsync(db, user, loaded, ct);
    }
}
