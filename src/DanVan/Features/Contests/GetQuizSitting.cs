using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public enum SittingState
{
    /// <summary>The code is valid; the organiser has not given the signal yet (the paper is not shown).</summary>
    Waiting,

    /// <summary>The timer runs: the paper is shown, answers are saved as they are given.</summary>
    Running,

    /// <summary>The organiser paused the timer (with the reason shown): the paper stays, no answer is taken, the time left stands still.</summary>
    Paused,

    /// <summary>The time is up: the paper and the last saved answers are shown; nothing more is taken.</summary>
    TimeUp,

    /// <summary>The part is closed (or the round's results are out): the code opens nothing more than the state.</summary>
    Closed,
}

public sealed record SittingQuestionDto(int Seq, string Text, IReadOnlyList<string> Options);

/// <summary>
/// What a team's device shows for its code: the contest, the team (its code name), the part, the state, the time left
/// by the server's clock (<c>SecondsLeft</c>; the device counts down from it, never from its own clock), the paper
/// (questions and options only — never the right answers or their sources) once the timer started, and the answers
/// saved so far with when.
/// </summary>
public sealed record QuizSittingDto(string Code, string ContestName, string TeamName, string RoundName, int PartSeq, string PartName, int Minutes,
    SittingState State, string StateLabel, DateTime? StartedAt, DateTime? EndsAt, int SecondsLeft, IReadOnlyList<SittingQuestionDto> Questions, string? Answers,
    int Answered, DateTime? SavedAt, bool OnPaper, DateTime? PausedAt = null, string? PauseReason = null)
{
    public string? PausedClock => PausedAt is { } p ? Infrastructure.Text.VnTime.Clock(p) : null;

    /// <summary>The end and the last save as the hall's clock reads them (Vietnam time, to the second).</summary>
    public string? EndsClock => EndsAt is { } e ? Infrastructure.Text.VnTime.Clock(e) : null;

    public string? SavedClock => SavedAt is { } s ? Infrastructure.Text.VnTime.Clock(s) : null;
}

/// <summary>A team's quiz on its device, found by its code (no account: the code is the key, valid for that team and part while the contest is open).</summary>
public static class GetQuizSitting
{
    public static async Task<Result<QuizSittingDto>> HandleAsync(AppDbContext db, string? code, CancellationToken ct) =>
        (await FindAsync(db, code, ct)).TryGet(out var found, out var error) ? await DtoAsync(db, found, ct) : error;

    /// <summary>The seat and what it stands in: refused as an unknown code when the contest is not open or the part is not a quiz with device time.</summary>
    internal static async Task<Result<Sitting>> FindAsync(AppDbContext db, string? code, CancellationToken ct)
    {
        var key = ContestQuizSeat.Normalise(code);
        var seat = key is null ? null : await db.ContestQuizSeats.AsNoTracking().FirstOrDefaultAsync(s => s.Code == key, ct);
        var contest = seat is null ? null : await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.Id == seat.ContestId && c.Status == ContestStatus.Open, ct);
        var part = contest is null ? null : await db.ContestParts.FirstOrDefaultAsync(p => p.Id == seat!.PartId, ct);
        var round = part is null ? null : await db.ContestRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == part.RoundId, ct);
        var team = round is null ? null : await db.ContestTeams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == seat!.TeamId, ct);
        if (team is null || part is not { Kind: PartKind.Quiz, QuizMinutes: not null })
        {
            return ContestErrors.QuizCodeNotFound;
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == team.UnitId).Select(u => u.Name).FirstAsync(ct);
        return new Sitting(seat!, contest!, round!, part, team, team.CodeName ?? unit);
    }

    /// <summary>The sitting as the device shows it; a save passes the paper and the sheet it holds so that they are not read again.</summary>
    internal static async Task<QuizSittingDto> DtoAsync(AppDbContext db, Sitting s, CancellationToken ct, List<ContestQuestion>? heldPaper = null,
        ContestQuizAnswer? heldRow = null)
    {
        var now = db.Time.GetUtcNow().UtcDateTime;
        var state = s.Part.Closed || s.Round.ResultsLocked ? SittingState.Closed
            : !s.Part.QuizStarted ? SittingState.Waiting
            : s.Part.QuizPaused ? SittingState.Paused
            : now <= s.Part.QuizEndsAt ? SittingState.Running : SittingState.TimeUp;
        var paper = state is not (SittingState.Running or SittingState.Paused or SittingState.TimeUp) ? []
            : heldPaper ?? await GetQuiz.PaperAsync(db, s.Part.Id, s.Team.Id, ct);
        var row = heldRow ?? await db.ContestQuizAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.PartId == s.Part.Id && a.TeamId == s.Team.Id, ct);
        var left = state is SittingState.Running or SittingState.Paused ? s.Part.QuizSecondsLeft(now) : 0;
        return new QuizSittingDto(ContestQuizSeat.Shown(s.Seat.Code), s.Contest.Name, s.TeamName, s.Round.Name, s.Part.Seq, s.Part.Name, s.Part.QuizMinutes!.Value,
            state, Label(state), s.Part.QuizStartedAt, s.Part.QuizEndsAt, left, [.. paper.Select((q, i) => new SittingQuestionDto(i + 1, q.Text, q.Options))],
            row?.Answers, row?.Answers.Count(c => c != ContestQuizAnswer.Blank) ?? 0, row?.EnteredAt, row is { OnDevice: false }, s.Part.QuizPausedAt, s.Part.QuizPauseReason);
    }

    public static string Label(SittingState s) => s switch
    {
        SittingState.Waiting => "Chờ ban tổ chức bắt đầu tính giờ",
        SittingState.Running => "Đang làm bài",
        SittingState.Paused => "Ban tổ chức tạm dừng tính giờ",
        SittingState.TimeUp => "Đã hết giờ làm bài",
        _ => "Phần thi đã kết thúc",
    };

    internal sealed record Sitting(ContestQuizSeat Seat, Contest Contest, ContestRound Round, ContestPart Part, ContestTeam Team, string TeamName);
}
