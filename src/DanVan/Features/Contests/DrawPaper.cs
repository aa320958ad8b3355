using System.Security.Cryptography;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class DrawPaperInput
{
    public int? Count { get; set; }
}

/// <summary>
/// The organiser draws a quiz part's paper by lot: <c>Count</c> questions of the bank, in a random order (a
/// cryptographic shuffle), the same paper for every team. Drawn again only while no team's answers are entered and the
/// part is open; a draw and a first sheet at the same moment run one after the other (<see cref="JudgingAccess.LockOpenPartAsync"/>),
/// so no sheet is ever scored against a paper that is replaced.
/// </summary>
public static class DrawPaper
{
    public const int MaxQuestions = 100;
    public const int MaxBank = 1_000;

    public static async Task<Result<QuizDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, DrawPaperInput input, CancellationToken ct)
    {
        if (!(await JudgingAccess.OpenQuizPartAsync(db, user, contestId, partId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (contest, round, part) = found;
        // A first sheet typed at this moment waits, or is seen.
        await using var transaction = await JudgingAccess.LockOpenPartAsync(db, partId, ct);
        if (transaction is null)
        {
            return ContestErrors.PartClosed;
        }

        if (await db.ContestQuizAnswers.AnyAsync(a => a.PartId == partId, ct))
        {
            return ContestErrors.PaperAnswered;
        }

        var bank = await db.ContestQuestions.Where(q => q.ContestId == contestId).Select(q => q.Id).ToListAsync(ct);
        if (input.Count is not ({ } count and >= 1) || count > Math.Min(bank.Count, MaxQuestions))
        {
            return ContestErrors.PaperCount(bank.Count);
        }

        var drawn = bank.ToArray();
        RandomNumberGenerator.Shuffle(drawn.AsSpan());
        db.ContestPaperQuestions.RemoveRange(await db.ContestPaperQuestions.Where(p => p.PartId == partId).ToListAsync(ct)); // one save: the old paper goes with the new one's arrival
        db.ContestPaperQuestions.AddRange(drawn.Take(count).Select((q, i) => new ContestPaperQuestion(contest.TenantId, partId, i + 1, q)));
        db.ContestEvents.Add(new ContestEvent(contest, null, ContestAction.PaperDrawn, Actor.Of(user, db.Time),
            $"{round.Name}, phần thi {part.Seq}: {count} câu từ ngân hàng {bank.Count} câu"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await GetQuiz.HandleAsync(db, user, contestId, partId, ct)).Value!;
    }
}
