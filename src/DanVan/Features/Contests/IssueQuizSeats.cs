using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser issues each team of the round its code for answering a quiz part on a device (issue 17 §3, "answered
/// on devices with a timer"): one per team, kept once issued (issuing again adds codes only for teams that have none).
/// Refused for a part the rules give no device time, once its timer has started (a team without a code then answers on
/// paper), a round without teams, and everything <see cref="JudgingAccess.OpenQuizPartAsync"/> refuses.
/// </summary>
public static class IssueQuizSeats
{
    public static async Task<Result<QuizDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, CancellationToken ct)
    {
        if (!(await JudgingAccess.OpenQuizPartAsync(db, user, contestId, partId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (contest, round, part) = found;
        if (part.QuizMinutes is null)
        {
            return ContestErrors.QuizNoTime;
        }

        if (part.QuizStartedAt is { } started)
        {
            return ContestErrors.QuizSeatsAfterStart(started); // a team without a code by then answers on paper
        }

        var rounds = await RoundTeams.RoundsAsync(db, contestId, ct);
        var teams = await RoundTeams.ForAsync(db, contest, rounds, rounds.First(r => r.Id == round.Id), ct);
        if (teams.Count == 0)
        {
            return ContestErrors.BoardNoTeams(RoundTeams.Empty(rounds, rounds.First(r => r.Id == round.Id)));
        }

        var have = (await db.ContestQuizSeats.Where(s => s.PartId == partId).Select(s => s.TeamId).ToListAsync(ct)).ToHashSet();
        var by = Actor.Of(user, db.Time);
        var added = teams.Where(t => !have.Contains(t.Id)).Select(t => new ContestQuizSeat(contest.TenantId, contestId, partId, t.Id, by.At)).ToList();
        if (added.Count > 0)
        {
            db.ContestQuizSeats.AddRange(added);
            db.ContestEvents.Add(new ContestEvent(contest, null, ContestAction.QuizSeatsIssued, by, $"{round.Name}, phần thi {part.Seq}: mã làm bài trên thiết bị cho {added.Count} đội") { PartId = part.Id });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (DanVanExceptionHandler.IsUniqueViolation(e))
            {
                return AppError.Stale(by.At); // another organiser issued them at the same moment: theirs stand
            }
        }

        return (await GetQuiz.HandleAsync(db, user, contestId, partId, ct)).Value!;
    }
}
