using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>The organiser removes a question from the bank — never one on a drawn paper (the teams' answers are scored against it).</summary>
public static class RemoveQuestion
{
    public static async Task<Result<QuestionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid questionId, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        var question = await db.ContestQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.ContestId == contestId, ct);
        if (question is null)
        {
            return ContestErrors.QuestionNotFound;
        }

        if (await db.ContestPaperQuestions.AnyAsync(p => p.QuestionId == questionId, ct))
        {
            return ContestErrors.QuestionOnPaper;
        }

        db.ContestQuestions.Remove(question);
        db.ContestEvents.Add(new ContestEvent(contest, null, ContestAction.QuestionRemoved, Actor.Of(user, db.Time), $"Câu {question.Seq}: {question.Text}"));
        await db.SaveChangesAsync(ct);
        return QuestionDto.Of(question, onPaper: false);
    }
}
