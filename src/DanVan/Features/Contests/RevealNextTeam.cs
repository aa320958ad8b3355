using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>
/// The staged reveal: the organiser shows one more team's final line on the public board, from the bottom of the final
/// standings. Every part of the round must be closed; from the first step on, results are locked.
/// </summary>
public static class RevealNextTeam
{
    public static Task<Result<OrganiserBoardDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid roundId, CancellationToken ct) =>
        BoardStep.RunAsync(db, user, contestId, roundId, (data, round, by) =>
        {
            var final = data.Final(false);
            if (round.RevealNext(final.Count) is { } refused)
            {
                return (refused, null);
            }

            var row = final[final.Count - round.RevealedCount];
            return (null, new BoardStep.Event(ContestAction.TeamRevealed,
                $"{round.Name}: công bố hạng {row.Rank} — {data.FullNames[row.TeamId]}, {ContestErrors.Points(row.Total)} điểm ({round.RevealedCount}/{final.Count})"));
        }, ct);
}
