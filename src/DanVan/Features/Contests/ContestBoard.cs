using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// A round's scoreboard (issue 17 §4): Live (the public sees a part's scores once it is closed) → Frozen (the public
/// keeps the board as it stood at the freeze; scores are still recorded) → Revealing (team by team from the bottom of
/// the final standings) → Final (everything shown, results locked). A round never frozen goes from Live to Final.
/// </summary>
public enum BoardState
{
    Live,
    Frozen,
    Revealing,
    Final,
}

/// <summary>A judge's total for a part, published once results are final (named, or "Giám khảo n", as the contest says).</summary>
public sealed record BoardSheet(string Judge, decimal Total, bool Dropped);

/// <summary>
/// A team's score in a part as the board shows it: <see cref="Shown"/> false while the part is not public yet (then only
/// <see cref="SheetsIn"/>, the number of confirmed sheets, tells that judging goes on).
/// </summary>
public sealed record BoardCell(int Seq, bool Shown, decimal? Value, bool NoShow, int SheetsIn, IReadOnlyList<BoardSheet>? Sheets);

/// <summary>A team's line; <see cref="Pending"/>: during the reveal, still the frozen values ("chưa công bố"). <see cref="Advances"/> only when final.</summary>
public sealed record BoardRow(Guid TeamId, string Name, string? Cluster, int Rank, int ClusterRank, decimal Total, bool Pending, bool NoShow, bool? Advances,
    IReadOnlyList<BoardCell> Parts);

public sealed record BoardPart(int Seq, string Name, decimal MaxPoints, bool Closed);

public sealed record BoardCluster(string Name, IReadOnlyList<BoardRow> Rows);

public sealed record BoardRoundLink(Guid Id, string Name, BoardState State);

/// <summary>A round's board: overall rows (best first; during the reveal, the teams not yet shown first) and, for a preliminary, the same rows per cluster.</summary>
public sealed record BoardDto(Guid ContestId, string ContestName, Guid RoundId, string RoundName, BoardState State, string StateLabel, string Note,
    IReadOnlyList<BoardRoundLink> Rounds, IReadOnlyList<BoardPart> Parts, IReadOnlyList<BoardRow> Rows, IReadOnlyList<BoardCluster> Clusters);

/// <summary>The organiser's board: the live truth, what the public sees, and which step is possible next.</summary>
public sealed record OrganiserBoardDto(BoardDto Live, BoardDto Public, DateTime? FrozenAt, string? FrozenByName, int RevealedCount, int TeamCount,
    string? NextReveal, bool CanFreeze, bool CanReveal, bool CanFinalise, IReadOnlyList<HistoryLine> History);

public sealed record HistoryLine(DateTime At, string Label, string ByName, string? Note);

/// <summary>The board's rows, pure: which values a reader sees in each state.</summary>
public static class ContestBoardView
{
    public static string Label(this BoardState s) => s switch
    {
        BoardState.Live => "Trực tiếp",
        BoardState.Frozen => "Đóng băng",
        BoardState.Revealing => "Đang công bố",
        BoardState.Final => "Kết quả chính thức",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    /// <summary>
    /// Standings rows as board rows: parts in <paramref name="shown"/> with their values (from the sheets the rows were
    /// computed from), the others hidden with their count of confirmed sheets; judges' totals and advancement only when <paramref name="final"/> (a quiz score, which no judge made, says how it was
    /// scored).
    /// </summary>
    public static IReadOnlyList<BoardRow> Rows(IReadOnlyList<StandingRow> rows, IReadOnlySet<Guid> shown, IReadOnlyDictionary<(Guid Part, Guid Team), int> sheetsIn,
        Func<Guid, string> name, bool final, Func<Guid, string> judge) =>
    [
        .. rows.Select(r => new BoardRow(r.TeamId, name(r.TeamId), r.ClusterName, r.Rank, r.ClusterRank, r.Total, false, r.NoShow, final ? r.Advances : null,
            [.. r.Parts.Select(p => shown.Contains(p.PartId)
                ? new BoardCell(p.Seq, true, p.Scored ? p.Final : null, p.NoShow, p.Sheets.Count,
                    final ? [.. p.Sheets.Select(s => new BoardSheet(s.JudgeId == Guid.Empty ? s.JudgeName : judge(s.JudgeId), s.Total, s.Dropped))] : null)
                : new BoardCell(p.Seq, false, null, false, sheetsIn.GetValueOrDefault((p.PartId, r.TeamId)), null))])),
    ];

    /// <summary>
    /// The staged reveal: the bottom <paramref name="revealed"/> teams of the final standings with their final line, after
    /// the others, which keep their frozen line marked pending.
    /// </summary>
    public static IReadOnlyList<BoardRow> Reveal(IReadOnlyList<BoardRow> frozen, IReadOnlyList<BoardRow> final, int revealed)
    {
        var shown = final.TakeLast(Math.Clamp(revealed, 0, final.Count)).ToList();
        var ids = shown.Select(r => r.TeamId).ToHashSet();
        return [.. frozen.Where(r => !ids.Contains(r.TeamId)).Select(r => r with { Pending = true }), .. shown];
    }

    /// <summary>The rows of each cluster in the board's order (a preliminary round), clusters in their order.</summary>
    public static IReadOnlyList<BoardCluster> Clusters(IReadOnlyList<BoardRow> rows, IReadOnlyList<string> clusters) =>
        [.. clusters.Select(c => new BoardCluster(c, [.. rows.Where(r => r.Cluster == c)])).Where(c => c.Rows.Count > 0)];
}

/// <summary>From the reveal on, a round's results are locked: every write that makes a score (sheets, corrections, attendance, closing a part) asks here first.</summary>
public static class ResultsLock
{
    public static async Task<AppError?> CheckAsync(AppDbContext db, Guid roundId, CancellationToken ct) =>
        await db.ContestRounds.AnyAsync(r => r.Id == roundId && (r.Board == BoardState.Revealing || r.Board == BoardState.Final), ct) ? ContestErrors.ResultsLocked : null;
}
