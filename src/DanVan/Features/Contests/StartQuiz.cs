using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser gives the signal: the devices' timer of a quiz part starts now and runs the minutes its rules state
/// (<see cref="ContestPart.StartQuiz"/>); the teams' devices show the paper from then on, and the server refuses any
/// answer arriving after the end. Needs the paper drawn and the codes issued; started once (two organisers pressing at
/// once: the part's lock orders them, the second is told when the time ends). The paper cannot be drawn again after.
/// </summary>
public static class StartQuiz
{
    public static async Task<Result<QuizDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, CancellationToken ct)
    {
        if (!(await JudgingAccess.OpenQuizPartAsync(db, user, contestId, partId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (contest, round, part) = found;
        await using var transaction = await JudgingAccess.LockOpenPartAsync(db, partId, ct);
        if (transaction is null)
        {
            return ContestErrors.PartClosed;
        }

        await db.Entry(part).ReloadAsync(ct); // what another organiser did before the lock
        var papers = await GetQuiz.PapersAsync(db, partId, ct);
        if (papers.Count == 0)
        {
            return ContestErrors.NoPaper;
        }

        var seated = await db.ContestQuizSeats.Where(s => s.PartId == partId).Select(s => s.TeamId).ToListAsync(ct);
        if (seated.Count == 0)
        {
            return ContestErrors.QuizNoSeats;
        }

        if (!papers.ContainsKey(Guid.Empty) && seated.Count(t => !papers.ContainsKey(t)) is > 0 and var without)
        {
            return ContestErrors.TeamsWithoutPaper(without); // a team accepted after the papers were drawn per team
        }

        var by = Actor.Of(user, db.Time);
        if (part.StartQuiz(by) is { } refused)
        {
            return refused;
        }

        db.ContestEvents.Add(new ContestEvent(contest, null, ContestAction.QuizStarted, by,
            $"{round.Name}, phần thi {part.Seq}: {papers.Values.First().Count} câu{(papers.ContainsKey(Guid.Empty) ? "" : " (mỗi đội một đề)")}, {part.QuizMinutes} phút; bắt đầu {VnTime.Clock(part.QuizStartedAt!.Value)}, hết giờ {VnTime.Clock(part.QuizEndsAt!.Value)}"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await GetQuiz.HandleAsync(db, user, contestId, partId, ct)).Value!;
    }
}
