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

/// <summary>A part of the round, to move between the round's desks.</summary>
public sealed record PartLinkDto(Guid Id, int Seq, string Name);

/// <summary>
/// The desk for one part: its judges, teams (with attendance), every sheet's state, and the corrections made after
/// closing. <c>Organiser</c> false: the caller is the round's chair and not an organiser — they see the desk to correct
/// sheets once the part is closed, and nothing else on it is theirs to change.
/// </summary>
public sealed record PartSheetsDto(Guid ContestId, string ContestName, Guid RoundId, string RoundName, StandingsPartDto Part, PartKind Kind,
    IReadOnlyList<CriterionRefDto> Criteria, IReadOnlyList<JudgeDto> Judges, IReadOnlyList<PartTeamDto> Teams, IReadOnlyList<SheetCellDto> Cells,
    IReadOnlyList<EventDto> Corrections, string? TeamsWaiting = null, bool Organiser = true, IReadOnlyList<PartLinkDto>? RoundParts = null)
{
    public int Unconfirmed => Cells.Count(c => c.Sheet is { State: not SheetState.Confirmed });
}

/// <summary>
/// What the organiser needs to enter and confirm a part's paper sheets, record attendance, close it and correct a sheet
/// afterwards; and what the round's chair, when not an organiser, needs to correct a sheet after closing (the same rule
/// as <see cref="CorrectSheet"/>: <see cref="JudgingAccess.CorrectorAsync"/>), with the teams under their code names as on
/// the judge's page. Anyone else gets the organiser's refusal.
/// </summary>
public static class GetPartSheets
{
    /// <summary>Why a judge does not score a team, as the chair reads it: the reasons name the team's unit, which a judge does not see behind a code name.</summary>
    public const string HiddenRecusal = "không chấm đội này (xung đột lợi ích)";

    public static async Task<Result<PartSheetsDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, CancellationToken ct)
    {
        var managed = await JudgingAccess.ManagedAsync(db, user, contestId, ct);
        var organiser = managed.Error is null;
        var tenantId = user.TenantId;
        var contest = managed.Value ?? await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contestId && c.TenantId == tenantId && c.Status != ContestStatus.Draft, ct);
        if (contest is null || await JudgingAccess.PartAsync(db, contestId, partId, ct) is not var (round, part))
        {
            return organiser ? ContestErrors.PartNotFound : managed.Error!;
        }

        if (!organiser && !await JudgingAccess.IsChairAsync(db, user, round.Id, ct))
        {
            // a judge of the contest knows it exists (403); anyone else gets the organiser's refusal (404 when they do not see it)
            return await db.ContestJudges.AnyAsync(j => j.ContestId == contestId && j.UserId == user.UserId, ct) ? AppError.Forbidden : managed.Error!;
        }

        if (!organiser && !part.Closed)
        {
            return ContestErrors.ChairPartOpen; // while the part is judged, a judge — the chair too — sees only their own sheets
        }

        var judges = (await ListJudges.OfAsync(db, contest, ct)).Where(j => j.RoundId == round.Id).ToList();
        var rounds = await RoundTeams.RoundsAsync(db, contestId, ct);
        var teams = await RoundTeams.ForAsync(db, contest, rounds, rounds.Single(r => r.Id == round.Id), ct);
        var units = await JudgingViews.UnitNamesAsync(db, teams, ct);
        var clusters = await db.ContestClusters.AsNoTracking().Where(c => c.ContestId == contestId).ToDictionaryAsync(c => c.Id, ct);
        var sheets = await db.ContestSheets.AsNoTracking().Include(s => s.Lines).Where(s => s.PartId == part.Id).ToListAsync(ct);
        var attendance = await db.ContestAttendance.AsNoTracking().Where(a => a.PartId == part.Id).ToDictionaryAsync(a => a.TeamId, ct);
        // this part's corrections; one recorded before events kept their part (PartId null) is shown on every part's desk rather than lost
        // (older notes name the teams' units: never the chair's)
        var corrections = await db.ContestEvents.AsNoTracking()
            .Where(e => e.ContestId == contestId && e.Action == ContestAction.SheetCorrected && (e.PartId == part.Id || (organiser && e.PartId == null)))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(ct);
        var ordered = teams.OrderBy(t => t.ClusterId is { } c ? clusters[c].Seq : 0).ThenBy(t => JudgingViews.TeamName(t, units, organiser), JudgingViews.NameOrder).ToList();
        var names = ordered.ToDictionary(t => t.Id, t => JudgingViews.TeamName(t, units, organiser));
        var cells = judges.SelectMany(j => ordered.Select(t =>
        {
            var sheet = sheets.FirstOrDefault(s => s.JudgeId == j.Id && s.TeamId == t.Id);
            var recused = j.Recusals.FirstOrDefault(x => x.TeamId == t.Id)?.Reason;
            return new SheetCellDto(j.Id, t.Id, organiser || recused is null ? recused : HiddenRecusal,
                sheet is null ? null : JudgingViews.Sheet(sheet, part, j.Name, names[t.Id]));
        })).ToList();
        return new PartSheetsDto(contest.Id, contest.Name, round.Id, round.Name, GetStandings.Part(part), part.Kind,
            [.. part.Criteria.OrderBy(c => c.Seq).Select(c => new CriterionRefDto(c.Id, c.Seq, c.Name, c.MaxPoints))],
            organiser ? judges : [.. judges.Select(j => j with { Recusals = [], UserId = Guid.Empty, PersonId = null, AddedByName = "" })],
            [.. ordered.Select(t =>
            {
                var a = attendance.GetValueOrDefault(t.Id);
                return new PartTeamDto(t.Id, names[t.Id], t.ClusterId is { } c ? clusters[c].Name : null, a?.NoShow ?? false, a?.DaysLate ?? 0,
                    organiser ? a?.Note : null /* the organiser's free text */, a?.OvertimeSeconds ?? 0);
            })],
            cells, [.. corrections.Select(GetContest.Event)], RoundTeams.Waiting(rounds, round), organiser,
            [.. rounds.Single(r => r.Id == round.Id).Parts.Where(p => organiser || p.Closed).OrderBy(p => p.Seq).Select(p => new PartLinkDto(p.Id, p.Seq, p.Name))]);
    }
}
