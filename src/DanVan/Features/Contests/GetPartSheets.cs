using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>One judge × team square of a part: the sheet when one exists (both entries of a paper sheet), or why the judge does not score the team.</summary>
public sealed record SheetCellDto(Guid JudgeId, Guid TeamId, string? Recused, SheetDto? Sheet);

public sealed record PartTeamDto(Guid TeamId, string Name, string? Cluster, bool NoShow, int DaysLate, string? AttendanceNote, int OvertimeSeconds = 0)
{
    public string Said => RecordAttendance.Said(NoShow, DaysLate, OvertimeSeconds);
}

/// <summary>The organiser's desk for one part: its judges, teams (with attendance), every sheet's state, and the corrections made after closing.</summary>
public sealed record PartSheetsDto(Guid ContestId, string ContestName, Guid RoundId, string RoundName, StandingsPartDto Part, PartKind Kind,
    IReadOnlyList<CriterionRefDto> Criteria, IReadOnlyList<JudgeDto> Judges, IReadOnlyList<PartTeamDto> Teams, IReadOnlyList<SheetCellDto> Cells,
    IReadOnlyList<EventDto> Corrections, string? TeamsWaiting = null)
{
    public int Unconfirmed => Cells.Count(c => c.Sheet is { State: not SheetState.Confirmed });
}

/// <summary>What the organiser needs to enter and confirm a part's paper sheets, record attendance, close it and correct a sheet afterwards.</summary>
public static class GetPartSheets
{
    public static async Task<Result<PartSheetsDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        if (await JudgingAccess.PartAsync(db, contestId, partId, ct) is not var (round, part))
        {
            return ContestErrors.PartNotFound;
        }

        var judges = (await ListJudges.HandleAsync(db, user, contestId, ct)).Value!.Where(j => j.RoundId == round.Id).ToList();
        var rounds = await RoundTeams.RoundsAsync(db, contestId, ct);
        var teams = await RoundTeams.ForAsync(db, contest, rounds, rounds.Single(r => r.Id == round.Id), ct);
        var units = await JudgingViews.UnitNamesAsync(db, teams, ct);
        var clusters = await db.ContestClusters.AsNoTracking().Where(c => c.ContestId == contestId).ToDictionaryAsync(c => c.Id, ct);
        var sheets = await db.ContestSheets.AsNoTracking().Include(s => s.Lines).Where(s => s.PartId == part.Id).ToListAsync(ct);
        var attendance = await db.ContestAttendance.AsNoTracking().Where(a => a.PartId == part.Id).ToDictionaryAsync(a => a.TeamId, ct);
        var corrections = await db.ContestEvents.AsNoTracking().Where(e => e.ContestId == contestId && e.Action == ContestAction.SheetCorrected)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(ct);
        var ordered = teams.OrderBy(t => t.ClusterId is { } c ? clusters[c].Seq : 0).ThenBy(t => JudgingViews.TeamName(t, units, true), JudgingViews.NameOrder).ToList();
        var names = ordered.ToDictionary(t => t.Id, t => JudgingViews.TeamName(t, units, true));
        var cells = judges.SelectMany(j => ordered.Select(t =>
        {
            var sheet = sheets.FirstOrDefault(s => s.JudgeId == j.Id && s.TeamId == t.Id);
            return new SheetCellDto(j.Id, t.Id, j.Recusals.FirstOrDefault(x => x.TeamId == t.Id)?.Reason,
                sheet is null ? null : JudgingViews.Sheet(sheet, part, j.Name, names[t.Id]));
        })).ToList();
        return new PartSheetsDto(contest.Id, contest.Name, round.Id, round.Name, GetStandings.Part(part), part.Kind,
            [.. part.Criteria.OrderBy(c => c.Seq).Select(c => new CriterionRefDto(c.Id, c.Seq, c.Name, c.MaxPoints))], judges,
            [.. ordered.Select(t => new PartTeamDto(t.Id, names[t.Id], t.ClusterId is { } c ? clusters[c].Name : null, attendance.GetValueOrDefault(t.Id)?.NoShow ?? false,
                attendance.GetValueOrDefault(t.Id)?.DaysLate ?? 0, attendance.GetValueOrDefault(t.Id)?.Note, attendance.GetValueOrDefault(t.Id)?.OvertimeSeconds ?? 0))],
            cells, [.. corrections.Select(GetContest.Event)], RoundTeams.Waiting(rounds, round));
    }
}
