using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>
/// What the organiser's moves on a quiz timer share (<see cref="StartQuiz"/>, <see cref="PauseQuiz"/>, <see cref="ResumeQuiz"/>,
/// <see cref="ExtendQuiz"/>): the organiser's access to an open quiz part, the part's lock (a device's save and a move on
/// the timer one after the other), the part as it stands under the lock, the move, its line in the history, one save.
/// </summary>
internal static class QuizTimer
{
    public static Task<Result<QuizDto>> RunAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId,
        Func<ContestPart, Actor, (AppError? Error, ContestAction Action, string Note)> move, CancellationToken ct) =>
        RunAsync(db, user, contestId, partId, (part, by) => Task.FromResult(move(part, by)), ct);

    /// <summary>The same, for a move that reads more under the lock first (<see cref="StartQuiz"/>: the papers and the codes).</summary>
    public static async Task<Result<QuizDto>> RunAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId,
        Func<ContestPart, Actor, Task<(AppError? Error, ContestAction Action, string Note)>> move, CancellationToken ct)
    {
        if (!(await JudgingAccess.OpenQuizPartAsync(db, user, contestId, partId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (contest, round, part) = found;
        await using var transaction = await JudgingAccess.LockOpenPartAsync(db, partId, ct);
        if (transaction is null)
        {
            return ContestErrors.PartClosed;
        }

        await db.Entry(part).ReloadAsync(ct); // what another organiser did before the lock
        var by = Actor.Of(user, db.Time);
        var (refused, action, note) = await move(part, by);
        if (refused is not null)
        {
            return refused;
        }

        db.ContestEvents.Add(new ContestEvent(contest, null, action, by, $"{round.Name}, phần thi {part.Seq}: {note}") { PartId = part.Id });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await GetQuiz.HandleAsync(db, user, contestId, partId, ct)).Value!;
    }

    /// <summary>A reason the organiser must give (pause, extra time): cleaned, required, bounded; null when it is not acceptable.</summary>
    public static string? Reason(string? text) => VietnameseText.Clean(text) is { Length: > 0 and <= ContestPart.QuizReasonMax } reason ? reason : null;

    /// <summary>"4 phút 05 giây" — a span as the hall says it.</summary>
    public static string Span(TimeSpan span)
    {
        var seconds = (int)Math.Round(span.TotalSeconds); // to the nearest second: PostgreSQL keeps microseconds, not ticks
        return seconds >= 60 ? $"{seconds / 60} phút {seconds % 60:00} giây" : $"{seconds} giây";
    }
}
