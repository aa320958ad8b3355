using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// A secretary (the organiser's ManageContests) types a judge's paper sheet: the first entry, or — by the same person
/// — their corrected first entry after a mismatch. It counts only once a second person re-enters it equally (<see cref="ConfirmPaperSheet"/>).
/// </summary>
public static class EnterPaperSheet
{
    public static async Task<Result<SheetDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, SheetInput input, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        if (await JudgingAccess.PartAsync(db, contestId, input.PartId, ct) is not var (round, part))
        {
            return ContestErrors.PartNotFound;
        }

        var judge = input.JudgeId is { } judgeId ? await db.ContestJudges.AsNoTracking().FirstOrDefaultAsync(j => j.Id == judgeId && j.RoundId == round.Id, ct) : null;
        if (judge is null)
        {
            return ContestErrors.JudgeNotFound;
        }

        if (await ScoringChecks.TeamAsync(db, contest, judge, input.TeamId, ct) is { } refused)
        {
            return refused;
        }

        if (await ResultsLock.CheckAsync(db, round.Id, ct) is { } locked)
        {
            return locked;
        }

        if (part.Closed)
        {
            return ContestErrors.PartClosed;
        }

        if (!JudgingAccess.CheckPoints(part, input.Points).TryGet(out var points, out var invalid))
        {
            return invalid;
        }

        var by = Actor.Of(user, db.Time);
        var sheet = await db.ContestSheets.Include(s => s.Lines).FirstOrDefaultAsync(s => s.PartId == part.Id && s.JudgeId == judge.Id && s.TeamId == input.TeamId, ct);
        if (sheet is null)
        {
            sheet = ContestSheet.Start(contest.TenantId, contestId, part.Id, judge.Id, input.TeamId!.Value, SheetSource.Paper, points, by);
            db.ContestSheets.Add(sheet);
        }
        else if (sheet.ReEnter(points, by) is { } stateError)
        {
            return stateError;
        }

        await db.SaveChangesAsync(ct);
        return await JudgingViews.SheetAsync(db, sheet.Id, true, ct);
    }
}
