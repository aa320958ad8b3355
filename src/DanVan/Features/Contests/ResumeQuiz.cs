using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>The organiser lets the paused timer run again: the end moves later by the pause, every team keeps the time it had left.</summary>
public static class ResumeQuiz
{
    public static Task<Result<QuizDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, CancellationToken ct) =>
        QuizTimer.RunAsync(db, user, contestId, partId, (part, by) =>
            part.ResumeQuiz(by, out var paused) is { } refused
                ? (refused, ContestAction.QuizResumed, "")
                : (null, ContestAction.QuizResumed, $"tính giờ lại lúc {VnTime.Clock(by.At)} sau {QuizTimer.Span(paused)} tạm dừng; hết giờ lúc {VnTime.Clock(part.QuizEndsAt!.Value)}"), ct);
}
