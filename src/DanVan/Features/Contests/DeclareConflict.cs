using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class ConflictInput
{
    public Guid? TeamId { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The organiser declares that a judge may not score a team (reason required, shown with the recusal).</summary>
public static class DeclareConflict
{
    public static async Task<Result<JudgeDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid judgeId, ConflictInput input, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        var judge = await db.ContestJudges.AsNoTracking().FirstOrDefaultAsync(j => j.Id == judgeId && j.ContestId == contestId, ct);
        if (judge is null)
        {
            return ContestErrors.JudgeNotFound;
        }

        var team = input.TeamId is { } teamId ? await db.ContestTeams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId && t.ContestId == contestId, ct) : null;
        if (team is null)
        {
            return ContestErrors.TeamNotFound;
        }

        var reason = VietnameseText.Clean(input.Reason);
        if (string.IsNullOrEmpty(reason))
        {
            return ContestErrors.ReasonRequired;
        }

        if (reason.Length > ContestConflict.ReasonMax)
        {
            return ContestErrors.ConflictReasonTooLong;
        }

        if (await db.ContestConflicts.AnyAsync(c => c.JudgeId == judgeId && c.TeamId == team.Id, ct))
        {
            return ContestErrors.ConflictTwice;
        }

        var by = Actor.Of(user, db.Time);
        db.ContestConflicts.Add(new ContestConflict(contest.TenantId, judgeId, team.Id, reason, by));
        db.ContestEvents.Add(new ContestEvent(contest.TenantId, contestId, team.Id, ContestAction.ConflictDeclared, by, $"{judge.Name}: {reason}"));
        await db.SaveChangesAsync(ct);
        return (await ListJudges.HandleAsync(db, user, contestId, ct)).Value!.Single(j => j.Id == judgeId);
    }
}
