using System.Security.Cryptography;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class DrawPaperInput
{
    public int? Count { get; set; }

    /// <summary>Each team of the round draws its own paper of <c>Count</c> questions (a lot of its own); false or empty: one paper for every team.</summary>
    public bool? PerTeam { get; set; }
}

/// <summary>
/// The organiser draws a quiz part's paper by lot: <c>Count</c> questions of the bank, in a random order (a
/// cryptographic shuffle), the same paper for every team — or, with <c>PerTeam</c>, a paper of its own for each team of
/// the round (a shuffle per team; the round must have its teams). A draw replaces every paper of the part. Drawn again only while no team's answers are entered and the
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

        if (await db.ContestParts.AnyAsync(p => p.Id == partId && p.QuizStartedAt != null, ct))
        {
            return ContestErrors.QuizStartedNoRedraw; // the teams have seen it
        }

        var bank = await db.ContestQuestions.Where(q => q.ContestId == contestId).Select(q => q.Id).ToListAsync(ct);
        if (input.Count is not ({ } count and >= 1) || count > Math.Min(bank.Count, MaxQuestions))
        {
            return ContestErrors.PaperCount(bank.Count);
        }

        var teams = input.PerTeam == true ? await RoundTeams.ForAsync(db, contest, round.Id, ct) : null;
        if (teams is { Count: 0 })
        {
            return ContestErrors.BoardNoTeams("Bốc thăm đề riêng cần biết các đội của vòng thi.");
        }

        db.ContestPaperQuestions.RemoveRange(await db.ContestPaperQuestions.Where(p => p.PartId == partId).ToListAsync(ct)); // one save: the old papers go with the new ones' arrival
        foreach (var team in teams?.Select(t => (Guid?)t.Id) ?? [null])
        {
            var drawn = bank.ToArray();
            RandomNumberGenerator.Shuffle(drawn.AsSpan());
            db.ContestPaperQuestions.AddRange(drawn.Take(count).Select((q, i) => new ContestPaperQuestion(contest.TenantId, partId, i + 1, q, team)));
        }

        db.ContestEvents.Add(new ContestEvent(contest, null, ContestAction.PaperDrawn, Actor.Of(user, db.Time),
            $"{round.Name}, phần thi {part.Seq}: " + (teams is null ? $"{count} câu từ ngân hàng {bank.Count} câu" : $"mỗi đội một đề {count} câu từ ngân hàng {bank.Count} câu ({teams.Count} đội)")) { PartId = part.Id });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await GetQuiz.HandleAsync(db, user, contestId, partId, ct)).Value!;
    }
}
