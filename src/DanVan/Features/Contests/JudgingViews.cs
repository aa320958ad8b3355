using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed record RecusalDto(Guid TeamId, string TeamName, string Reason);

public sealed record JudgeDto(Guid Id, Guid RoundId, string RoundName, Guid UserId, Guid? PersonId, string Name, string? Organisation, bool IsGuest, bool IsChair,
    DateTime AddedAt, string AddedByName, IReadOnlyList<RecusalDto> Recusals);

public sealed record SheetLineDto(Guid CriterionId, int Seq, string Criterion, decimal MaxPoints, decimal? Points, decimal? SecondEntry, bool Mismatch);

public sealed record SheetDto(Guid Id, int Version, Guid PartId, string PartName, bool PartClosed, Guid JudgeId, string JudgeName, Guid TeamId, string TeamName,
    SheetSource Source, SheetState State, string StateLabel, decimal Total, string EnteredByName, DateTime EnteredAt, string? ConfirmedByName, DateTime? ConfirmedAt,
    IReadOnlyList<SheetLineDto> Lines);

public sealed record CriterionRefDto(Guid Id, int Seq, string Name, decimal MaxPoints);

public sealed record MyTeamDto(Guid TeamId, string Name, string? Cluster, string? Recused, SheetDto? Sheet);

/// <summary>One part a judge scores. <c>Corrects</c>: the judge chairs the round's jury and its results are not locked — once the part is closed they correct its sheets on the part's desk.</summary>
public sealed record MyPartDto(Guid RoundId, string RoundName, Guid JudgeId, Guid PartId, int Seq, string PartName, decimal MaxPoints, bool Closed,
    IReadOnlyList<CriterionRefDto> Criteria, IReadOnlyList<MyTeamDto> Teams, string? TeamsWaiting = null, bool Corrects = false);

public sealed record MyJudgingDto(Guid ContestId, string ContestName, IReadOnlyList<MyPartDto> Parts);

public sealed record StandingsPartDto(Guid Id, int Seq, string Name, decimal MaxPoints, decimal? PenaltyPerDay, int TrimFrom, bool Closed, string? ClosedByName, DateTime? ClosedAt,
    int? TimeLimitMinutes = null, decimal? OvertimePenaltyPerMinute = null);

public sealed record StandingsDto(Guid ContestId, string ContestName, Guid RoundId, string RoundName, bool RoundClosed, Advancement Advancement, string AdvancementText,
    string TieBreakText, IReadOnlyList<StandingsPartDto> Parts, IReadOnlyList<StandingRow> Rows, string? TeamsWaiting = null);

public static class JudgingViews
{
    public static string Label(this SheetState s) => s switch
    {
        SheetState.Entered => "Đã nhập lần 1, chờ người thứ hai nhập đối chiếu",
        SheetState.Mismatch => "Hai lần nhập lệch nhau",
        SheetState.Confirmed => "Đã xác nhận",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    /// <summary>Teams' names in the order a Vietnamese reader expects (Cúc, Đào, Mai, Sen: đ beside d, marks after the letter), ordinal within.</summary>
    public static readonly IComparer<string> NameOrder = Comparer<string>.Create((a, b) =>
        string.CompareOrdinal(VietnameseText.Fold(a), VietnameseText.Fold(b)) is var c && c != 0 ? c : string.CompareOrdinal(a, b));

    /// <summary>How a team is named in judging: its code name when it has one (judges and the public see only that), else its unit.</summary>
    public static string TeamName(ContestTeam team, IReadOnlyDictionary<Guid, string> units, bool organiser) =>
        team.CodeName is { } code ? organiser ? $"{code} ({units[team.UnitId]})" : code : units[team.UnitId];

    public static Task<Dictionary<Guid, string>> UnitNamesAsync(AppDbContext db, IEnumerable<ContestTeam> teams, CancellationToken ct)
    {
        var ids = teams.Select(t => t.UnitId).Distinct().ToList();
        return db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    public static SheetDto Sheet(ContestSheet s, ContestPart part, string judgeName, string teamName)
    {
        var mismatches = s.State == SheetState.Confirmed ? [] : s.Mismatches;
        var hasSecond = s.Lines.Any(l => l.Entry == 2);
        return new SheetDto(s.Id, s.Version, part.Id, part.Name, part.Closed, s.JudgeId, judgeName, s.TeamId, teamName, s.Source, s.State, s.State.Label(), s.Total,
            s.EnteredByName, s.EnteredAt, s.ConfirmedByName, s.ConfirmedAt,
            [.. part.Criteria.OrderBy(c => c.Seq).Select(c => new SheetLineDto(c.Id, c.Seq, c.Name, c.MaxPoints,
                s.Lines.FirstOrDefault(l => l.Entry == 1 && l.CriterionId == c.Id)?.Points, s.Lines.FirstOrDefault(l => l.Entry == 2 && l.CriterionId == c.Id)?.Points,
                hasSecond && mismatches.Contains(c.Id)))]);
    }

    /// <summary>A sheet as its reader sees it (team under its code name unless the reader organises the contest).</summary>
    public static async Task<SheetDto> SheetAsync(AppDbContext db, Guid sheetId, bool organiser, CancellationToken ct)
    {
        var sheet = await db.ContestSheets.AsNoTracking().Include(s => s.Lines).FirstAsync(s => s.Id == sheetId, ct);
        var part = await db.ContestParts.AsNoTracking().Include(p => p.Criteria).FirstAsync(p => p.Id == sheet.PartId, ct);
        var judge = await db.ContestJudges.AsNoTracking().FirstAsync(j => j.Id == sheet.JudgeId, ct);
        var team = await db.ContestTeams.AsNoTracking().FirstAsync(t => t.Id == sheet.TeamId, ct);
        return Sheet(sheet, part, judge.Name, TeamName(team, await UnitNamesAsync(db, [team], ct), organiser));
    }
}
