using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

public sealed class QuizTimerInput
{
    /// <summary>Why (pause, extra time): the teams' devices show it, the history keeps it.</summary>
    public string? Reason { get; set; }

    /// <summary>Extra time for every team, in minutes (extending only).</summary>
    public int? Minutes { get; set; }
}

/// <summary>
/// The organiser pauses the devices' timer (a power cut, the hall's network down) with the reason the teams' devices
/// show: the time left stands still, the devices take no answer until the timer runs again (<see cref="ResumeQuiz"/>).
/// Refused before the start, after the end (then: extra time, <see cref="ExtendQuiz"/>), when already paused, on a
/// closed part or published results.
/// </summary>
public static class PauseQuiz
{
    public static async Task<Result<QuizDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, QuizTimerInput input, CancellationToken ct)
    {
        if (QuizTimer.Reason(input.Reason) is not { } reason)
        {
            return ContestErrors.QuizTimerReason;
        }

        return await QuizTimer.RunAsync(db, user, contestId, partId, (part, by) =>
            (part.PauseQuiz(reason, by), ContestAction.QuizPaused,
                $"tạm dừng lúc {VnTime.Clock(by.At)}, còn {QuizTimer.Span(part.QuizTimeLeft(by.At))}. Lý do: {reason}"), ct);
    }
}
