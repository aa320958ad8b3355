using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class QuestionInput
{
    public string? Text { get; set; }

    /// <summary>The options in order (A, B, then C and D if any).</summary>
    public List<string?>? Options { get; set; }

    /// <summary>The right option's letter.</summary>
    public string? Correct { get; set; }

    /// <summary>The legal source of the answer (document and article).</summary>
    public string? Source { get; set; }
}

/// <summary>
/// The organiser adds a question to the contest's bank (any time before its results; a question on a drawn paper cannot
/// change); the same question twice (<see cref="ContestQuestion.TextKey"/>) is refused.
/// </summary>
public static class AddQuestion
{
    public static async Task<Result<QuestionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, QuestionInput input, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        var count = await db.ContestQuestions.CountAsync(q => q.ContestId == contestId, ct);
        if (count >= DrawPaper.MaxBank)
        {
            return ContestErrors.BankFull;
        }

        var seq = count == 0 ? 1 : await db.ContestQuestions.Where(q => q.ContestId == contestId).MaxAsync(q => q.Seq, ct) + 1;
        var by = Actor.Of(user, db.Time);
        var key = ContestQuestion.TextKey(input.Text);
        var bank = await db.ContestQuestions.AsNoTracking().Where(q => q.ContestId == contestId).Select(q => new { q.Seq, q.Text }).ToListAsync(ct);
        if (bank.FirstOrDefault(q => ContestQuestion.TextKey(q.Text) == key) is { } same)
        {
            return ContestErrors.QuestionExists(same.Seq);
        }

        if (!ContestQuestion.Create(contest.TenantId, contestId, seq, VietnameseText.Clean(input.Text), [.. (input.Options ?? []).Select(VietnameseText.Clean)],
                input.Correct, VietnameseText.Clean(input.Source), by).TryGet(out var question, out var refused))
        {
            return refused;
        }

        db.ContestQuestions.Add(question);
        db.ContestEvents.Add(new ContestEvent(contest, null, ContestAction.QuestionAdded, by, $"Câu {seq}"));
        await db.SaveChangesAsync(ct);
        return QuestionDto.Of(question, onPaper: false);
    }
}
