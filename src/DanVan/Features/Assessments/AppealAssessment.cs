using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>
/// The unit (its head) appeals the appraised result once, within the window, naming criteria and arguing each; an
/// appraiser other than the one who scored each criterion answers with a reason, and may change the points.
/// </summary>
public static class AppealAssessment
{
    public static async Task<Result<AssessmentDto>> FileAsync(AppDbContext db, CurrentUser user, Guid id, AppealInput input, int? expectedVersion,
        CancellationToken ct)
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

        var arguments = (input.Arguments ?? new Dictionary<string, string>())
            .ToDictionary(r => VietnameseText.Clean(r.Key) ?? "", r => VietnameseText.Clean(r.Value) ?? "", StringComparer.OrdinalIgnoreCase);
        if (loaded.Assessment.Appeal(loaded.Set, arguments, VnTime.Today(db.Time), Actor.Of(user, db.Time)) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(ct);
        return await GetAssessment.DtoAsync(db, user, loaded, ct);
    }

    public static async Task<Result<AssessmentDto>> AnswerAsync(AppDbContext db, CurrentUser user, Guid id, AnswerInput input, int? expectedVersion,
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

        var answers = (input.Answers ?? []).Select(s => s with { Code = VietnameseText.Clean(s.Code) ?? "", Reason = VietnameseText.Clean(s.Reason) }).ToList();
        if (answers.Any(a => a.Reason is { Length: > UnitAssessment.TextMax }))
        {
            return AppError.TooLong("Answers", "Trả lời kiến nghị", UnitAssessment.TextMax);
        }

        if (loaded.Assessment.AnswerAppeal(loaded.Set, answers, VietnameseText.Clean(input.Note), Actor.Of(user, db.Time)) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(ct);
        return await GetAssessment.DtoAsync(db, user, loaded, ct);
    }
}
