using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class DeviceAnswersInput
{
    /// <summary>The whole sheet as it stands on the device: one letter per question in the paper's order, "-" for one not answered yet.</summary>
    [System.ComponentModel.DataAnnotations.StringLength(2 * DrawPaper.MaxQuestions, ErrorMessage = "Bài làm không được dài quá {1} ký tự.")]
    public string? Answers { get; set; }
}

/// <summary>
/// A team's device saves its answers (the whole sheet each time; the last save before the end counts) and they are
/// scored at once like a typed sheet. The server's clock decides: an answer arriving after the part's timer is refused
/// with the time it ended, the time it arrived and the save that counts. Refused too: a code that opens nothing, the
/// timer not started or paused (the organiser's reason said), a closed part or published results, a sheet the organiser typed from the team's paper (it is not
/// overwritten from the device), answers that do not fit the paper. A save identical to the last one writes nothing.
/// </summary>
public static class AnswerOnDevice
{
    public static async Task<Result<QuizSittingDto>> HandleAsync(AppDbContext db, string? code, DeviceAnswersInput input, CancellationToken ct)
    {
        var arrived = db.Time.GetUtcNow().UtcDateTime;
        if (!(await GetQuizSitting.FindAsync(db, code, ct)).TryGet(out var sitting, out var error))
        {
            return error;
        }

        var (part, round) = (sitting.Part, sitting.Round);
        if ((round.ResultsLocked ? ContestErrors.ResultsLocked : part.Closed ? ContestErrors.PartClosed : !part.QuizStarted ? ContestErrors.QuizNotStarted
                : part.QuizPaused ? ContestErrors.QuizPausedNow(part.QuizPausedAt!.Value, part.QuizPauseReason) : null) is { } refused)
        {
            return refused;
        }

        var row = await db.ContestQuizAnswers.FirstOrDefaultAsync(a => a.PartId == part.Id && a.TeamId == sitting.Team.Id, ct);
        if (arrived > part.QuizEndsAt)
        {
            return ContestErrors.QuizTimeOver(part.QuizEndsAt!.Value, arrived, row);
        }

        // The organiser closing the part, or typing the team's paper sheet, at this moment: one after the other.
        await using var transaction = await JudgingAccess.LockOpenPartAsync(db, part.Id, ct);
        if (transaction is null)
        {
            return ContestErrors.PartClosed;
        }

        if (row is not null)
        {
            await db.Entry(row).ReloadAsync(ct);
        }
        else
        {
            row = await db.ContestQuizAnswers.FirstOrDefaultAsync(a => a.PartId == part.Id && a.TeamId == sitting.Team.Id, ct);
        }

        var paper = await GetQuiz.PaperAsync(db, part.Id, sitting.Team.Id, ct);
        if (paper.Count == 0)
        {
            return ContestErrors.NoPaper; // no sheet is scored against nothing
        }

        if (!ContestQuizAnswer.Read(input.Answers, paper).TryGet(out var answers, out var bad))
        {
            return bad;
        }

        if (row is { OnDevice: false })
        {
            return ContestErrors.QuizOnPaper($"{row.EnteredByName}, {Infrastructure.Text.VnTime.DateAndTime(row.EnteredAt)}");
        }

        if (row?.Answers != answers)
        {
            if (row is null)
            {
                row = new ContestQuizAnswer(sitting.Contest.TenantId, sitting.Contest.Id, part.Id, sitting.Team.Id);
                db.ContestQuizAnswers.Add(row);
            }

            var by = new Actor(Guid.Empty, $"{sitting.TeamName} (trên thiết bị)", arrived);
            row.Set(answers, paper, part.MaxPoints, by, onDevice: true);
            db.ContestEvents.Add(new ContestEvent(sitting.Contest, sitting.Team.Id, ContestAction.QuizAnswersEntered, by, row.Note(round.Name, part.Seq) + " (trên thiết bị)") { PartId = part.Id });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return await GetQuizSitting.DtoAsync(db, sitting, ct, paper, row);
    }
}
