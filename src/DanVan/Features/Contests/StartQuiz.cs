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
    public static Task<Result<QuizDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, CancellationToken ct) =>
        QuizTimer.RunAsync(db, user, contestId, partId, async (part, by) =>
        {
            var papers = await GetQuiz.PapersAsync(db, partId, ct);
            if (papers.Count == 0)
            {
                return (ContestErrors.NoPaper, ContestAction.QuizStarted, "");
            }

            var seated = await db.ContestQuizSeats.Where(s => s.PartId == partId).Select(s => s.TeamId).ToListAsync(ct);
            if (seated.Count == 0)
            {
                return (ContestErrors.QuizNoSeats, ContestAction.QuizStarted, "");
            }

            if (!papers.ContainsKey(Guid.Empty) && seated.Count(t => !papers.ContainsKey(t)) is > 0 and var without)
            {
                return (ContestErrors.TeamsWithoutPaper(without), ContestAction.QuizStarted, ""); // a team accepted after the papers were drawn per team
            }

            return part.StartQuiz(by) is { } refused
                ? (refused, ContestAction.QuizStarted, "")
                : (null, ContestAction.QuizStarted, $"{papers.Values.First().Count} câu{(papers.ContainsKey(Guid.Empty) ? "" : " (mỗi đội một đề)")}, {part.QuizMinutes} phút; "
                    + $"bắt đầu {VnTime.Clock(part.QuizStartedAt!.Value)}, hết giờ {VnTime.Clock(part.QuizEndsAt!.Value)}");
        }, ct);
}
