using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

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

        var partIds = round.Parts.Select(p => p.Id).ToList();
        var teams = await RoundTeams.ForAsync(db, contest, rounds, round, ct);
        var units = await JudgingViews.UnitNamesAsync(db, teams, ct);
        var clusters = await db.ContestClusters.AsNoTracking().Where(c => c.ContestId == contestId).ToDictionaryAsync(c => c.Id, ct);
        var judges = await db.ContestJudges.AsNoTracking().Where(j => j.RoundId == roundId).ToDictionaryAsync(j => j.Id, j => j.Name, ct);
        var sheets = await db.ContestSheets.AsNoTracking().Include(s => s.Lines)
            .Where(s => partIds.Contains(s.PartId) && s.State == SheetState.Confirmed).ToListAsync(ct);
        var attendance = await db.ContestAttendance.AsNoTracking().Where(a => partIds.Contains(a.PartId)).ToListAsync(ct);
        var input = new StandingsInput(
            [.. round.Parts.Select(p => new StandingsPart(p.Id, p.Seq, p.Name, p.MaxPoints, p.LatePenaltyPerDay, p.TieBreakRank, p.TrimFrom))],
            [.. teams.Select(t => new StandingsTeam(t.Id, JudgingViews.TeamName(t, units, organiser), t.ClusterId, t.ClusterId is { } c ? clusters[c].Name : null,
                t.ClusterId is { } s ? clusters[s].Seq : 0))],
            [.. sheets.Select(s => new StandingsSheet(s.Id, s.PartId, s.TeamId, s.JudgeId, judges.GetValueOrDefault(s.JudgeId, ""), s.Total)),
                .. await QuizScores.SheetsAsync(db, partIds, ct)],
            [.. attendance.Select(a => new StandingsAttendance(a.PartId, a.TeamId, a.NoShow, a.DaysLate))], round.Advancement, round.AdvanceValue);
        var rows = ContestStandings.Compute(input);
        var dto = GetContest.Round(round);
        return new StandingsDto(contest.Id, contest.Name, round.Id, round.Name, closed, round.Advancement, dto.AdvancementText, dto.TieBreakText,
            [.. round.Parts.OrderBy(p => p.Seq).Select(Part)], rows, RoundTeams.Waiting(rounds, round));
    }

    public static StandingsPartDto Part(ContestPart p) => new(p.Id, p.Seq, p.Name, p.MaxPoints, p.LatePenaltyPerDay, p.TrimFrom, p.Closed, p.ClosedByName, p.ClosedAt);
}
