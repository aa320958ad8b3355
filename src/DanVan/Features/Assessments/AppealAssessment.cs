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
    public static Task<Result<AssessmentDto>> FileAsync(AppDbContext db, CurrentUser user, Guid id, AppealInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var arguments = (input.Arguments ?? new Dictionary<string, string>())
            .ToDictionary(r => VietnameseText.Clean(r.Key) ?? "", r => VietnameseText.Clean(r.Value) ?? "", StringComparer.OrdinalIgnoreCase);
        return AssessmentAccess.ChangeAsync(db, user, id, Permission.ApproveSelfAssessments, expectedVersion, l => Task.FromResult(
            l.Assessment.Appeal(l.Set, arguments, VnTime.Today(db.Time), Actor.Of(user, db.Time))), ct);
    }

    public static async Task<Result<AssessmentDto>> AnswerAsync(AppDbContext db, CurrentUser user, Guid id, AnswerInput input, int? expectedVersion,
        CancellationToken ct)
    {
        var answers = (input.Answers ?? []).Select(s => s with { Code = VietnameseText.Clean(s.Code) ?? "", Reason = VietnameseText.Clean(s.Reason) }).ToList();
        if (answers.Any(a => a.Reason is { Length: > UnitAssessment.TextMax }))
        {
            return AppError.TooLong("Answers", "Trả lời kiến nghị", UnitAssessment.TextMax);
        }

        return await AssessmentAccess.ChangeAsync(db, user, id, Permission.AppraiseAssessments, expectedVersion, l => Task.FromResult(
            l.Assessment.AnswerAppeal(l.Set, answers, VietnameseText.Clean(input.Note), Actor.Of(user, db.Time))), ct);
    }
}
