using System.Text.Json;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The public scoreboard of an open contest's round (no sign-in; a draft or an unknown id is a 404). Live: a part's
/// scores once the part is closed (judging in progress shows only how many sheets are in); Frozen: the board as it
/// stood at the freeze (a snapshot kept on the round); Revealing: the teams shown so far with their final line, the
/// others frozen and marked "chưa công bố"; Final: everything, unit names, who goes on, every judge's sheet total.
/// </summary>
public static class GetBoard
{
    public static async Task<Result<BoardDto>> HandleAsync(AppDbContext db, Guid contestId, Guid? roundId, CancellationToken ct)
    {
        var contest = await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contestId && c.Status == ContestStatus.Open, ct);
        if (contest is null)
        {
            return ContestErrors.NotFound;
        }

        var data = await BoardData.LoadAsync(db, contest, roundId, ct);
        return data is null ? ContestErrors.RoundNotFound : data.Public();
    }
}

/// <summary>What a board is computed from: the round, its teams (public and full names), the confirmed sheets and attendance, the judges.</summary>
internal sealed class BoardData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private BoardData(Contest contest, ContestRound round, IReadOnlyList<ContestRound> rounds)
    {
        (Contest, Round, Rounds) = (contest, round, rounds);
    }

    public Contest Contest { get; }
    public ContestRound Round { get; }
    public IReadOnlyList<ContestRound> Rounds { get; }
    public StandingsInput Input { get; private set; } = null!;
    public Dictionary<Guid, string> PublicNames { get; private set; } = [];
    public Dictionary<Guid, string> FullNames { get; private set; } = [];
    public Dictionary<Guid, (int No, string Name)> Judges { get; private set; } = [];
    public Dictionary<(Guid, Guid), int> SheetsIn { get; private set; } = [];
    public List<string> Clusters { get; private set; } = [];

    public int TeamCount => PublicNames.Count;

    private HashSet<Guid> ClosedParts => [.. Round.Parts.Where(p => p.Closed).Select(p => p.Id)];
    private HashSet<Guid> AllParts => [.. Round.Parts.Select(p => p.Id)];

    /// <summary>The round (by id, or the latest one with something to show), with its parts; null when the contest has no such round.</summary>
    public static async Task<BoardData?> LoadAsync(AppDbContext db, Contest contest, Guid? roundId, CancellationToken ct)
    {
        var rounds = await RoundTeams.RoundsAsync(db, contest.Id, ct);
        var round = roundId is { } id ? rounds.FirstOrDefault(r => r.Id == id)
            : rounds.LastOrDefault(r => r.Board != BoardState.Live || r.Parts.Any(p => p.Closed)) ?? rounds.FirstOrDefault();
        return round is null ? null : await LoadAsync(db, contest, rounds, round, await RoundTeams.ForAsync(db, contest, rounds, round, ct), ct);
    }

    /// <summary>The round's board over the given teams (<see cref="RoundTeams"/>: those who compete in it).</summary>
    public static async Task<BoardData> LoadAsync(AppDbContext db, Contest contest, IReadOnlyList<ContestRound> rounds, ContestRound round,
        IReadOnlyList<ContestTeam> teams, CancellationToken ct)
    {
        var data = new BoardData(contest, round, rounds);
        var partIds = round.Parts.Select(p => p.Id).ToList();
        var units = await JudgingViews.UnitNamesAsync(db, teams, ct);
        var clusters = await db.ContestClusters.AsNoTracking().Where(c => c.ContestId == contest.Id).OrderBy(c => c.Seq).ToListAsync(ct);
        var judges = await db.ContestJudges.AsNoTracking().Where(j => j.RoundId == round.Id).OrderBy(j => j.AddedAt).ThenBy(j => j.Id).ToListAsync(ct);
        var sheets = await db.ContestSheets.AsNoTracking().Include(s => s.Lines)
            .Where(s => partIds.Contains(s.PartId) && s.State == SheetState.Confirmed).ToListAsync(ct);
        var attendance = await db.ContestAttendance.AsNoTracking().Where(a => partIds.Contains(a.PartId)).ToListAsync(ct);
        var byId = clusters.ToDictionary(c => c.Id);
        data.PublicNames = teams.ToDictionary(t => t.Id, t => JudgingViews.TeamName(t, units, false));
        data.FullNames = teams.ToDictionary(t => t.Id, t => JudgingViews.TeamName(t, units, true));
        data.Judges = judges.Select((j, i) => (j, i)).ToDictionary(x => x.j.Id, x => (x.i + 1, x.j.Name));
        var quiz = await QuizScores.SheetsAsync(db, partIds, ct);
        data.SheetsIn = sheets.Select(s => (s.PartId, s.TeamId)).Concat(quiz.Select(q => (q.PartId, q.TeamId))).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        data.Clusters = round.Kind == RoundKind.Preliminary ? [.. clusters.Select(c => c.Name)] : [];
        data.Input = new StandingsInput(
            [.. round.Parts.Select(p => new StandingsPart(p.Id, p.Seq, p.Name, p.MaxPoints, p.LatePenaltyPerDay, p.TieBreakRank, p.TrimFrom,
                p.OvertimePenaltyPerMinute))],
            [.. teams.Select(t => new StandingsTeam(t.Id, data.PublicNames[t.Id], t.ClusterId, t.ClusterId is { } c ? byId[c].Name : null, t.ClusterId is { } s ? byId[s].Seq : 0))],
            [.. sheets.Select(s => new StandingsSheet(s.Id, s.PartId, s.TeamId, s.JudgeId, data.Judges.TryGetValue(s.JudgeId, out var j) ? j.Name : "", s.Total)), .. quiz],
            [.. attendance.Select(a => new StandingsAttendance(a.PartId, a.TeamId, a.NoShow, a.DaysLate, a.OvertimeSeconds))], round.Advancement, round.AdvanceValue);
        return data;
    }

    /// <summary>The standings from every confirmed sheet, or only from the closed parts (what the public may see while live).</summary>
    public IReadOnlyList<StandingRow> Standings(bool closedOnly)
    {
        var closed = ClosedParts;
        return ContestStandings.Compute(closedOnly
            ? Input with { Sheets = [.. Input.Sheets.Where(s => closed.Contains(s.PartId))], Attendance = [.. Input.Attendance.Where(a => closed.Contains(a.PartId))] }
            : Input);
    }

    /// <summary>The public board while live: the closed parts' scores; what a freeze keeps.</summary>
    public IReadOnlyList<BoardRow> LivePublic() => ContestBoardView.Rows(Standings(true), ClosedParts, SheetsIn, id => PublicNames[id], false, _ => "");

    /// <summary>The final lines under code names (the reveal), or — when final — under full names with advancement and the judges' totals.</summary>
    public IReadOnlyList<BoardRow> Final(bool published) => ContestBoardView.Rows(Standings(false), AllParts, SheetsIn,
        id => published ? FullNames[id] : PublicNames[id], published, j => Judges.TryGetValue(j, out var x) ? Contest.PublishJudgeNames ? x.Name : $"Giám khảo {x.No}" : "");

    /// <summary>The organiser's truth: every confirmed sheet, full names, judges named.</summary>
    public IReadOnlyList<BoardRow> Truth() => ContestBoardView.Rows(Standings(false), AllParts, SheetsIn, id => FullNames[id], true,
        j => Judges.TryGetValue(j, out var x) ? x.Name : "");

    public static string Serialize(IReadOnlyList<BoardRow> rows) => JsonSerializer.Serialize(rows, Json);

    public IReadOnlyList<BoardRow> Frozen() => Round.FrozenBoard is { } json ? JsonSerializer.Deserialize<List<BoardRow>>(json, Json) ?? [] : [];

    public BoardDto Public() => TeamCount == 0 && RoundTeams.Waiting(Rounds, Round) is { } waiting ? Dto([], waiting) : Round.Board switch
    {
        BoardState.Live => Dto(LivePublic(), "Bảng điểm trực tiếp: điểm của một phần thi hiện khi phần thi đó đã khóa điểm."),
        BoardState.Frozen => Dto(Frozen(), $"Bảng điểm đã đóng băng lúc {VnTime.DateAndTime(Round.FrozenAt!.Value)}: điểm sau thời điểm này chưa công bố."),
        BoardState.Revealing => Dto(ContestBoardView.Reveal(Frozen(), Final(false), Round.RevealedCount),
            $"Đang công bố kết quả từ cuối bảng: đã công bố {Round.RevealedCount}/{TeamCount} đội; các đội còn lại chưa công bố."),
        BoardState.Final => Dto(Final(true), $"Kết quả chính thức, chốt lúc {VnTime.DateAndTime(Round.FinalAt!.Value)}."),
        _ => throw new InvalidOperationException(Round.Board.ToString()),
    };

    public BoardDto Dto(IReadOnlyList<BoardRow> rows, string note) => new(Contest.Id, Contest.Name, Round.Id, Round.Name, Round.Board, Round.Board.Label(), note,
        [.. Rounds.Select(r => new BoardRoundLink(r.Id, r.Name, r.Board))], [.. Round.Parts.OrderBy(p => p.Seq).Select(p => new BoardPart(p.Seq, p.Name, p.MaxPoints, p.Closed))],
        rows, ContestBoardView.Clusters(rows, Clusters));
}
