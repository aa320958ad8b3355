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
    public static async Task<Result<AssessmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, AppraisalInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await AssessmentAccess.LoadAsync(db, user, id, Permission.AppraiseAssessments, ct)).TryGet(out var loaded, out var error))
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

        var by = Actor.Of(user, db.Time);
        var scores = (input.Scores ?? []).Select(s => s with { Code = VietnameseText.Clean(s.Code) ?? "", Reason = VietnameseText.Clean(s.Reason) }).ToList();
        if (loaded.Assessment.SaveAppraisal(loaded.Set, scores, input.SuperiorPoints, VietnameseText.Clean(input.SuperiorNote), by) is { } invalid)
        {
            return invalid;
        }

        if (input.Finish == true)
        {
            var until = await AssessmentDeadlines.AppealUntilAsync(db, user.TenantId, VnTime.Today(db.Time), loaded.Round.AppealWorkingDays, ct);
            if (loaded.Assessment.FinishAppraisal(loaded.Set, until, by) is { } unfinished)
            {
                return unfinished;
            }
        }

        await db.SaveChangesAsync(ct);
        return await GetAssessment.DtoAsync(db, user, loaded, ct);
    }
}
