using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>The organiser takes a judge off a round, as long as no sheet of theirs exists (a sheet is never orphaned); answers the judges left.</summary>
public static class RemoveJudge
{
    public static async Task<Result<IReadOnlyList<JudgeDto>>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid judgeId, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        var judge = await db.ContestJudges.FirstOrDefaultAsync(j => j.Id == judgeId && j.ContestId == contestId, ct);
        if (judge is null)
        {
            return ContestErrors.JudgeNotFound;
        }

        if (await db.ContestSheets.AnyAsync(s => s.JudgeId == judgeId, ct))
        {
            return ContestErrors.JudgeHasSheets;
        }

        db.ContestJudges.Remove(judge);
        db.ContestEvents.Add(new ContestEvent(contest.TenantId, contestId, null, ContestAction.JudgeRemoved, Actor.Of(user, db.Time), judge.Name));
        await db.SaveChangesAsync(ct);
        return await ListJudges.HandleAsync(db, user, contestId, ct);
    }
}
