using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>The head of unit approves the self-assessment, which sends it to the appraisal team (same rule as registrations).</summary>
public static class SubmitSelfAssessment
{
    public static async Task<Result<AssessmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion, CancellationToken ct)
    {
        if (!(await AssessmentAccess.LoadAsync(db, user, id, Permission.ApproveSelfAssessments, ct)).TryGet(out var loaded, out var error))
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

        if (loaded.Assessment.Submit(loaded.Set, VnTime.Today(db.Time), loaded.Round.SelfAssessmentDue, Actor.Of(user, db.Time)) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(ct);
        return await GetAssessment.DtoAsync(db, user, loaded, ct);
    }
}
