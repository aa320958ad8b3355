using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// A judge's desk: for each round they judge, the parts scored by criteria, and for each part the teams (under their
/// code names) with the judge's own sheet, or why they are recused. Only the caller's own sheets are ever returned.
/// </summary>
public static class GetMyJudging
{
    public static async Task<Result<MyJudgingDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, CancellationToken ct)
    {
        if (!(await JudgingAccess.JudgeAsync(db, user, contestId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (contest, seats) = found;
        var roundIds = seats.Select(s => s.RoundId).ToList();
        var rounds = await db.ContestRounds.AsNoTracking().AsSplitQuery().Include(r => r.Parts).ThenInclude(p => p.Criteria)
            .Where(r => roundIds.Contains(r.Id)).OrderBy(r => r.Seq).ToListAsync(ct);
        var all = await RoundTeams.RoundsAsync(db, contestId, ct);
        var teamsOf = new Dictionary<Guid, List<ContestTeam>>();
        foreach (var round in rounds)
        {
            teamsOf[round.Id] = await RoundTeams.ForAsync(db, contest, all, all.Single(r => r.Id == round.Id), ct);
        }

        var teams = teamsOf.Values.SelectMany(t => t).DistinctBy(t => t.Id).ToList();
        var units = await JudgingViews.UnitNamesAsync(db, teams, ct);
        var clusters = await db.ContestClusters.AsNoTracking().Where(c => c.ContestId == contestId).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var recused = await JudgingAccess.RecusalsAsync(db, contest.TenantId, seats, teams, ct);
        var seatIds = seats.Select(s => s.Id).ToList();
        var sheets = await db.ContestSheets.AsNoTracking().Include(s => s.Lines).Where(s => seatIds.Contains(s.JudgeId)).ToListAsync(ct);
        var parts = new List<MyPartDto>();
        foreach (var round in rounds)
        {
            var seat = seats.Single(s => s.RoundId == round.Id);
            foreach (var part in round.Parts.Where(p => p.Criteria.Count > 0).OrderBy(p => p.Seq))
            {
                parts.Add(new MyPartDto(round.Id, round.Name, seat.Id, part.Id, part.Seq, part.Name, part.MaxPoints, part.Closed,
                    [.. part.Criteria.OrderBy(c => c.Seq).Select(c => new CriterionRefDto(c.Id, c.Seq, c.Name, c.MaxPoints))],
                    [.. teamsOf[round.Id].OrderBy(t => t.ClusterId is { } c ? clusters[c] : "").ThenBy(t => JudgingViews.TeamName(t, units, false), JudgingViews.NameOrder).Select(t =>
                    {
                        var name = JudgingViews.TeamName(t, units, false);
                        var sheet = sheets.FirstOrDefault(s => s.PartId == part.Id && s.TeamId == t.Id);
                        return new MyTeamDto(t.Id, name, t.ClusterId is { } c ? clusters[c] : null, recused.GetValueOrDefault((seat.Id, t.Id)),
                            sheet is null ? null : JudgingViews.Sheet(sheet, part, seat.Name, name));
                    })], RoundTeams.Waiting(all, round), seat.IsChair && round.Board is not (BoardState.Revealing or BoardState.Final)));
            }
        }

        return new MyJudgingDto(contest.Id, contest.Name, parts);
    }
}
