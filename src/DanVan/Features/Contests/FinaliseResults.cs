using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser locks a round's results: every part closed; the public board shows everything (unit names, who goes on,
/// every judge's sheet total); no sheet, attendance or correction changes any more (409).
/// </summary>
public static class FinaliseResults
{
    public static Task<Result<OrganiserBoardDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid roundId, CancellationToken ct) =>
        BoardStep.RunAsync(db, user, contestId, roundId, (data, round, by) =>
            round.Finalise(data.TeamCount, by) is { } refused
                ? (refused, null)
                : (null, new BoardStep.Event(ContestAction.ResultsFinal, $"{round.Name}: chốt kết quả ({data.TeamCount} đội)")), ct);
}

/// <summary>What the three board steps share: the organiser's access, the round loaded for a change, the history line, one save (the contest's version bumped: two steps at once, one wins).</summary>
internal static class BoardStep
{
    public sealed record Event(ContestAction Action, string Note);

    public static async Task<Result<OrganiserBoardDto>> RunAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid roundId,
        Func<BoardData, ContestRound, Actor, (AppError? Error, Event? Event)> step, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        var round = await db.ContestRounds.Include(r => r.Parts).FirstOrDefaultAsync(r => r.Id == roundId && r.ContestId == contestId, ct);
        if (round is null || await BoardData.LoadAsync(db, contest, roundId, ct) is not { } data)
        {
            return ContestErrors.RoundNotFound;
        }

        if (data.TeamCount == 0)
        {
            return ContestErrors.BoardNoTeams(RoundTeams.Empty(data.Rounds, round));
        }

        var by = Actor.Of(user, db.Time);
        var (refused, done) = step(data, round, by);
        if (refused is not null)
        {
            return refused;
        }

        _ = db.Expect(contest, null);
        db.ContestEvents.Add(new ContestEvent(contest.TenantId, contestId, null, done!.Action, by, done.Note));
        await db.SaveChangesAsync(ct);
        return await GetOrganiserBoard.HandleAsync(db, user, contestId, roundId, ct);
    }
}
