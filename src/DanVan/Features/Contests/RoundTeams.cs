using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// Who competes in a round (issue 17): in the first, every accepted team; in a later one, the teams the round before
/// sends on by its advancement rule (top N per cluster, top N overall, minimum score) — known once that round's results
/// are final (the organiser's last board step, after which no score of it changes), none before. Every list of a
/// round's teams — standings, boards, a judge's sheets, the paper-sheet grid, the checks on a sheet or attendance — asks here.
/// </summary>
public static class RoundTeams
{
    /// <summary>Why a later round has no team yet (null when it has them, or is the first round).</summary>
    public static string? Waiting(IReadOnlyList<ContestRound> rounds, ContestRound round) =>
        rounds.Where(r => r.Seq < round.Seq).OrderBy(r => r.Seq).FirstOrDefault(r => r.Board != BoardState.Final) is { } before
            ? $"Các đội vào {round.Name} được xác định khi kết quả {before.Name} được chốt chính thức."
            : null;

    /// <summary>Why a round has no team at all: a round before it not final, no team sent on, or none accepted.</summary>
    public static string Empty(IReadOnlyList<ContestRound> rounds, ContestRound round) =>
        Waiting(rounds, round)
        ?? (rounds.Where(r => r.Seq < round.Seq).OrderBy(r => r.Seq).LastOrDefault() is { } before
            ? $"Không đội nào của {before.Name} được vào {round.Name} theo thể thức."
            : "Chưa có đội dự thi nào được tiếp nhận.");

    /// <summary>The teams of <paramref name="roundId"/> (none for a round of another contest).</summary>
    public static async Task<List<ContestTeam>> ForAsync(AppDbContext db, Contest contest, Guid roundId, CancellationToken ct)
    {
        var rounds = await RoundsAsync(db, contest.Id, ct);
        return rounds.FirstOrDefault(r => r.Id == roundId) is { } round ? await ForAsync(db, contest, rounds, round, ct) : [];
    }

    /// <summary>The contest's rounds in order, with their parts (what <see cref="ForAsync(AppDbContext, Contest, IReadOnlyList{ContestRound}, ContestRound, CancellationToken)"/> needs).</summary>
    public static Task<List<ContestRound>> RoundsAsync(AppDbContext db, Guid contestId, CancellationToken ct) =>
        db.ContestRounds.AsNoTracking().Include(r => r.Parts).Where(r => r.ContestId == contestId).OrderBy(r => r.Seq).ToListAsync(ct);

    public static async Task<List<ContestTeam>> ForAsync(AppDbContext db, Contest contest, IReadOnlyList<ContestRound> rounds, ContestRound round,
        CancellationToken ct)
    {
        var teams = await JudgingAccess.TeamsAsync(db, contest.Id, ct);
        foreach (var before in rounds.Where(r => r.Seq < round.Seq).OrderBy(r => r.Seq))
        {
            if (before.Board != BoardState.Final)
            {
                return [];
            }

            var data = await BoardData.LoadAsync(db, contest, rounds, before, teams, ct);
            var on = data.Standings(closedOnly: false).Where(r => r.Advances).Select(r => r.TeamId).ToHashSet();
            teams = [.. teams.Where(t => on.Contains(t.Id))];
        }

        return teams;
    }
}
