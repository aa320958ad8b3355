using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class QuizAnswersInput
{
    public Guid? TeamId { get; set; }

    /// <summary>One letter per question of the paper, in its order; "-" (or "_", ".") for a question left blank; spaces ignored.</summary>
    public string? Answers { get; set; }

    /// <summary>Why a sheet the team answered on its device is replaced by its paper sheet (required then; in the history).</summary>
    public string? Reason { get; set; }

    /// <summary>Replacing an entry: the version it was read at (required once the team has a sheet; a newer entry by someone else is not overwritten).</summary>
    public int? Version { get; set; }
}

/// <summary>
/// The organiser enters a team's answer sheet for a quiz part (issue 17 §3: "entered from paper") and it is scored
/// automatically against the team's paper. Replacing the answers a team gave on its device needs a reason (in the history). Refused for a team not in the round, a part without a paper, closed, or
/// whose round's results are out, and for answers that do not fit the paper (count, letters the question does not have).
/// </summary>
public static class EnterQuizAnswers
{
    public static async Task<Result<QuizTeamDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, QuizAnswersInput input, CancellationToken ct)
    {
        if (!(await JudgingAccess.OpenQuizPartAsync(db, user, contestId, partId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (contest, round, part) = found;
        var team = (await RoundTeams.ForAsync(db, contest, round.Id, ct)).FirstOrDefault(t => t.Id == input.TeamId);
        if (team is null)
        {
            return ContestErrors.TeamNotInRound;
        }

        // A new draw waits, or has replaced the paper read below.
        await using var transaction = await JudgingAccess.LockOpenPartAsync(db, partId, ct);
        if (transaction is null)
        {
            return ContestErrors.PartClosed;
        }

        var paper = await GetQuiz.PaperAsync(db, partId, team.Id, ct);
        if (paper.Count == 0)
        {
            return ContestErrors.NoPaper;
        }

        if (!ContestQuizAnswer.Read(input.Answers, paper).TryGet(out var answers, out var refused))
        {
            return refused;
        }

        var row = await db.ContestQuizAnswers.FirstOrDefaultAsync(a => a.PartId == partId && a.TeamId == team.Id, ct);
        if (row is null)
        {
            row = new ContestQuizAnswer(contest.TenantId, contestId, partId, team.Id);
            db.ContestQuizAnswers.Add(row);
        }
        else if ((input.Version is null ? AppError.Stale(row.UpdatedAt) : db.Expect(row, input.Version)) is { } stale)
        {
            // A sheet is already there: replacing it needs the version it was read at (two secretaries typing the same
            // team's first sheet: the second is refused, not written over the first).
            return stale;
        }

        // The team's own answers from its device are replaced only with a reason (a lost tablet, a sheet handed in on paper), said in the history.
        var reason = Infrastructure.Text.VietnameseText.Clean(input.Reason);
        if (row.OnDevice && (string.IsNullOrEmpty(reason) || reason.Length > ContestQuizAnswer.ReasonMax))
        {
            return ContestErrors.ReplaceDeviceReason(JudgingViews.TeamName(team, await JudgingViews.UnitNamesAsync(db, [team], ct), true));
        }

        var replaced = row.OnDevice ? $" — thay bài làm trên thiết bị ({row.Answers}, lưu lúc {Infrastructure.Text.VnTime.Clock(row.EnteredAt)}). Lý do: {reason}" : "";
        var by = Actor.Of(user, db.Time);
        row.Set(answers, paper, part.MaxPoints, by);
        db.ContestEvents.Add(new ContestEvent(contest, team.Id, ContestAction.QuizAnswersEntered, by, row.Note(round.Name, part.Seq) + replaced) { PartId = part.Id });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new QuizTeamDto(team.Id, "", row.Answers, row.Right, row.Points, row.EnteredByName, row.EnteredAt, row.Version, row.OnDevice);
    }
}
