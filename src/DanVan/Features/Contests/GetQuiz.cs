using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed record QuestionDto(Guid Id, int Seq, string Text, IReadOnlyList<string> Options, string Correct, string Source, bool OnPaper)
{
    public static QuestionDto Of(ContestQuestion q, bool onPaper) => new(q.Id, q.Seq, q.Text, q.Options, q.Correct, q.Source, onPaper);
}

public sealed record PaperQuestionDto(int Seq, Guid QuestionId, string Text, IReadOnlyList<string> Options, string Correct, string Source);

/// <summary>A quiz part; answered on devices when the rules give it <c>Minutes</c>, its timer started at <c>StartedAt</c> and up at <c>EndsAt</c> (server time).</summary>
public sealed record QuizPartDto(Guid PartId, int Seq, string Name, Guid RoundId, string RoundName, decimal MaxPoints, bool Closed, int? Minutes = null,
    DateTime? StartedAt = null, DateTime? EndsAt = null, string? StartedByName = null, bool TimerRunning = false, DateTime? PausedAt = null,
    string? PauseReason = null, int SecondsLeft = 0);

/// <summary>
/// A team of the round and its entered answers (null until entered), with the right answers and the points they make; whether they came from the
/// team's device, and the team's code for answering on one (the organiser hands it out; null until issued).
/// </summary>
public sealed record QuizTeamDto(Guid TeamId, string Name, string? Answers, int? Right, decimal? Points, string? EnteredByName, DateTime? EnteredAt, int? Version,
    bool OnDevice = false, string? Code = null, IReadOnlyList<PaperQuestionDto>? Paper = null);

/// <summary>
/// The organiser's quiz desk for one quiz part: the contest's bank, the part's paper (one for every team; or, when
/// <c>PerTeam</c>, empty here and each team's own on its row), the round's teams and their answers.
/// </summary>
public sealed record QuizDto(Guid ContestId, string ContestName, IReadOnlyList<QuizPartDto> Parts, QuizPartDto? Part, IReadOnlyList<QuestionDto> Bank,
    IReadOnlyList<PaperQuestionDto> Paper, IReadOnlyList<QuizTeamDto> Teams, string? TeamsWaiting, bool Locked, bool PerTeam = false);

/// <summary>The quiz desk (organiser only): the part asked for, or the contest's first quiz part.</summary>
public static class GetQuiz
{
    public static async Task<Result<QuizDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid? partId, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        var rounds = await RoundTeams.RoundsAsync(db, contestId, ct);
        var now = db.Time.GetUtcNow().UtcDateTime;
        var parts = rounds.SelectMany(r => r.Parts.Where(p => p.Kind == PartKind.Quiz).OrderBy(p => p.Seq)
            .Select(p => new QuizPartDto(p.Id, p.Seq, p.Name, r.Id, r.Name, p.MaxPoints, p.Closed, p.QuizMinutes, p.QuizStartedAt, p.QuizEndsAt, p.QuizStartedByName,
                !p.Closed && (p.QuizPaused || now <= p.QuizEndsAt), p.QuizPausedAt, p.QuizPauseReason, p.QuizSecondsLeft(now)))).ToList();
        var part = partId is { } id ? parts.FirstOrDefault(p => p.PartId == id) : parts.FirstOrDefault();
        if (partId is not null && part is null)
        {
            return ContestErrors.PartNotFound;
        }

        var bank = await db.ContestQuestions.AsNoTracking().Where(q => q.ContestId == contestId).OrderBy(q => q.Seq).ToListAsync(ct);
        var used = (await db.ContestPaperQuestions.AsNoTracking().Where(p => bank.Select(q => q.Id).Contains(p.QuestionId)).Select(p => p.QuestionId).ToListAsync(ct)).ToHashSet();
        var bankDtos = bank.Select(q => QuestionDto.Of(q, used.Contains(q.Id))).ToList();
        if (part is null)
        {
            return new QuizDto(contest.Id, contest.Name, parts, null, bankDtos, [], [], null, false);
        }

        var round = rounds.First(r => r.Id == part.RoundId);
        var papers = await PapersAsync(db, part.PartId, ct);
        var perTeam = papers.Keys.Any(k => k != Guid.Empty);
        var teams = await RoundTeams.ForAsync(db, contest, rounds, round, ct);
        var units = await JudgingViews.UnitNamesAsync(db, teams, ct);
        var answers = await db.ContestQuizAnswers.AsNoTracking().Where(a => a.PartId == part.PartId).ToDictionaryAsync(a => a.TeamId, ct);
        var codes = await db.ContestQuizSeats.AsNoTracking().Where(s => s.PartId == part.PartId).ToDictionaryAsync(s => s.TeamId, s => s.Code, ct);
        var teamDtos = teams.Select(t => (Team: t, Name: JudgingViews.TeamName(t, units, true))).OrderBy(t => t.Team.ClusterId is null).ThenBy(t => t.Name, JudgingViews.NameOrder)
            .Select(t => (t.Team, t.Name, Code: codes.GetValueOrDefault(t.Team.Id), Paper: perTeam ? Dtos(papers.GetValueOrDefault(t.Team.Id) ?? []) : null))
            .Select(t => answers.TryGetValue(t.Team.Id, out var a)
                ? new QuizTeamDto(t.Team.Id, t.Name, a.Answers, a.Right, a.Points, a.EnteredByName, a.EnteredAt, a.Version, a.OnDevice, t.Code, t.Paper)
                : new QuizTeamDto(t.Team.Id, t.Name, null, null, null, null, null, null, false, t.Code, t.Paper)).ToList();
        return new QuizDto(contest.Id, contest.Name, parts, part, bankDtos, perTeam ? [] : Dtos(papers.GetValueOrDefault(Guid.Empty) ?? []), teamDtos,
            RoundTeams.Waiting(rounds, round), round.ResultsLocked, perTeam);
    }

    private static List<PaperQuestionDto> Dtos(List<ContestQuestion> paper) => [.. paper.Select((q, i) => new PaperQuestionDto(i + 1, q.Id, q.Text, q.Options, q.Correct, q.Source))];

    /// <summary>Every paper of the part, keyed by its team (<see cref="Guid.Empty"/>: the paper every team answers), each in its order.</summary>
    public static async Task<Dictionary<Guid, List<ContestQuestion>>> PapersAsync(AppDbContext db, Guid partId, CancellationToken ct) =>
        (await db.ContestPaperQuestions.AsNoTracking().Where(p => p.PartId == partId).OrderBy(p => p.Seq)
            .Join(db.ContestQuestions.AsNoTracking(), p => p.QuestionId, q => q.Id, (p, q) => new { p.TeamId, Question = q }).ToListAsync(ct))
        .GroupBy(x => x.TeamId ?? Guid.Empty).ToDictionary(g => g.Key, g => g.Select(x => x.Question).ToList());

    /// <summary>
    /// The paper <paramref name="teamId"/> answers, its questions in order: the team's own when the part's papers were drawn per
    /// team, else the one for every team (a part holds one kind or the other: a draw replaces them all); empty until drawn.
    /// </summary>
    public static async Task<List<ContestQuestion>> PaperAsync(AppDbContext db, Guid partId, Guid teamId, CancellationToken ct) =>
        await db.ContestPaperQuestions.AsNoTracking().Where(p => p.PartId == partId && (p.TeamId == null || p.TeamId == teamId)).OrderBy(p => p.Seq)
            .Join(db.ContestQuestions.AsNoTracking(), p => p.QuestionId, q => q.Id, (p, q) => q).ToListAsync(ct);
}
