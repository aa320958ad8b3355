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

public sealed record QuizPartDto(Guid PartId, int Seq, string Name, Guid RoundId, string RoundName, decimal MaxPoints, bool Closed);

/// <summary>A team of the round and its entered answers (null until entered), with the right answers and the points they make.</summary>
public sealed record QuizTeamDto(Guid TeamId, string Name, string? Answers, int? Right, decimal? Points, string? EnteredByName, DateTime? EnteredAt, int? Version);

/// <summary>The organiser's quiz desk for one quiz part: the contest's bank, the part's paper, the round's teams and their answers.</summary>
public sealed record QuizDto(Guid ContestId, string ContestName, IReadOnlyList<QuizPartDto> Parts, QuizPartDto? Part, IReadOnlyList<QuestionDto> Bank,
    IReadOnlyList<PaperQuestionDto> Paper, IReadOnlyList<QuizTeamDto> Teams, string? TeamsWaiting, bool Locked);

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
        var parts = rounds.SelectMany(r => r.Parts.Where(p => p.Kind == PartKind.Quiz).OrderBy(p => p.Seq)
            .Select(p => new QuizPartDto(p.Id, p.Seq, p.Name, r.Id, r.Name, p.MaxPoints, p.Closed))).ToList();
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
        var paper = await PaperAsync(db, part.PartId, ct);
        var teams = await RoundTeams.ForAsync(db, contest, rounds, round, ct);
        var units = await JudgingViews.UnitNamesAsync(db, teams, ct);
        var answers = await db.ContestQuizAnswers.AsNoTracking().Where(a => a.PartId == part.PartId).ToDictionaryAsync(a => a.TeamId, ct);
        var teamDtos = teams.Select(t => (Team: t, Name: JudgingViews.TeamName(t, units, true))).OrderBy(t => t.Team.ClusterId is null).ThenBy(t => t.Name, JudgingViews.NameOrder)
            .Select(t => answers.TryGetValue(t.Team.Id, out var a)
                ? new QuizTeamDto(t.Team.Id, t.Name, a.Answers, a.Right, a.Points, a.EnteredByName, a.EnteredAt, a.Version)
                : new QuizTeamDto(t.Team.Id, t.Name, null, null, null, null, null, null)).ToList();
        return new QuizDto(contest.Id, contest.Name, parts, part, bankDtos,
            [.. paper.Select((q, i) => new PaperQuestionDto(i + 1, q.Id, q.Text, q.Options, q.Correct, q.Source))], teamDtos, RoundTeams.Waiting(rounds, round),
            round.ResultsLocked);
    }

    /// <summary>The part's paper: its questions in order (empty until drawn).</summary>
    public static async Task<List<ContestQuestion>> PaperAsync(AppDbContext db, Guid partId, CancellationToken ct) =>
        await db.ContestPaperQuestions.AsNoTracking().Where(p => p.PartId == partId).OrderBy(p => p.Seq)
            .Join(db.ContestQuestions.AsNoTracking(), p => p.QuestionId, q => q.Id, (p, q) => q).ToListAsync(ct);
}
