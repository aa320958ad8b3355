using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser gives every team extra minutes, with the reason (the jury's decision after an incident): the end moves
/// later — from now when the time was already up, so the devices take answers again until the new end. Refused before
/// the start, on a closed part or published results.
/// </summary>
public static class ExtendQuiz
{
    public const int MaxMinutes = 60;

    public static async Task<Result<QuizDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, QuizTimerInput input, CancellationToken ct)
    {
        if (input.Minutes is not { } minutes || minutes is < 1 or > MaxMinutes)
        {
            return ContestErrors.QuizExtraMinutes;
        }

        if (QuizTimer.Reason(input.Reason) is not { } reason)
        {
            return ContestErrors.QuizTimerReason;
        }

        return await QuizTimer.RunAsync(db, user, contestId, partId, (part, by) =>
            part.ExtendQuiz(minutes, by) is { } refused
                ? (refused, ContestAction.QuizExtended, "")
                : (null, ContestAction.QuizExtended, $"cộng thêm {minutes} phút lúc {VnTime.Clock(by.At)}; hết giờ lúc {VnTime.Clock(part.QuizEndsAt!.Value)}. Lý do: {reason}"), ct);
    }
}
