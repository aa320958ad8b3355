using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>
/// A round's standings from its confirmed sheets (<see cref="ContestStandings"/>): the organiser sees them at any
/// time; everyone else who sees the contest, once every part of the round is closed. Each row lists its part scores
/// and the sheets that made them (dropped ones marked), so every number can be traced.
/// </summary>
public static class GetStandings
{
    public static async Task<Result<StandingsDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid roundId, CancellationToken ct)
    {
        if (!(await ContestAccess.Rule.FindAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        var rounds = await RoundTeams.RoundsAsync(db, contestId, ct);
        var round = rounds.FirstOrDefault(r => r.Id == roundId);
        if (round is null)
        {
            return ContestErrors.RoundNotFound;
        }

        var organiser = await ContestAccess.CanManageAsync(db, user, contest, ct);
        var closed = round.Parts.Count > 0 && round.Parts.All(p => p.Closed);
        if (!organiser && !closed)
        {
            return ContestErrors.StandingsHidden;
        }

        // The same input as the boards (one assembly of sheets, quiz scores and attendance); the organiser sees full names.
        var data = await BoardData.LoadAsync(db, contest, rounds, round, await RoundTeams.ForAsync(db, contest, rounds, round, ct), ct);
        var input = organiser ? data.Input with { Teams = [.. data.Input.Teams.Select(t => t with { Name = data.FullNames[t.Id] })] } : data.Input;
        var rows = ContestStandings.Compute(input);
        var dto = GetContest.Round(round);
        return new StandingsDto(contest.Id, contest.Name, round.Id, round.Name, closed, round.Advancement, dto.AdvancementText, dto.TieBreakText,
            [.. round.Parts.OrderBy(p => p.Seq).Select(Part)], rows, RoundTeams.Waiting(rounds, round));
    }

    public static StandingsPartDto Part(ContestPart p) => new(p.Id, p.Seq, p.Name, p.MaxPoints, p.LatePenaltyPerDay, p.TrimFrom, p.Closed, p.ClosedByName, p.ClosedAt,
        p.TimeLimitMinutes, p.OvertimePenaltyPerMinute);
}
