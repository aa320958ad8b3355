using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// After a part is closed, the chair of the round's jury or the organiser changes a sheet with a reason; the history
/// keeps old and new totals and the reason, naming the team as the judges know it (its code name, if it has one).
/// </summary>
public static class CorrectSheet
{
    public static async Task<Result<SheetDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid sheetId, SheetInput input, CancellationToken ct)
    {
        var sheet = await db.ContestSheets.Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == sheetId && s.ContestId == contestId && s.TenantId == user.TenantId, ct);
        var contest = sheet is null ? null : await db.Contests.FirstOrDefaultAsync(c => c.Id == contestId, ct);
        if (sheet is null || contest is null)
        {
            return ContestErrors.SheetNotFound;
        }

        var part = await db.ContestParts.Include(p => p.Criteria).FirstAsync(p => p.Id == sheet.PartId, ct);
        if (await JudgingAccess.CorrectorAsync(db, user, contest, part.RoundId, ct) is not { } organiser)
        {
            return await db.ContestJudges.AnyAsync(j => j.ContestId == contestId && j.UserId == user.UserId, ct) ||
                (await ContestAccess.Rule.FindAsync(db, user, contestId, ct)).Error is null ? ContestErrors.NotChair : ContestErrors.SheetNotFound;
        }

        if (await ResultsLock.CheckAsync(db, part.RoundId, ct) is { } locked)
        {
            return locked;
        }

        if (!part.Closed)
        {
            return ContestErrors.PartNotClosed;
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

        if (!JudgingAccess.CheckPoints(part, input.Points).TryGet(out var points, out var invalid))
        {
            return invalid;
        }

        var judge = await db.ContestJudges.AsNoTracking().FirstAsync(j => j.Id == sheet.JudgeId, ct);
        var team = await db.ContestTeams.AsNoTracking().FirstAsync(t => t.Id == sheet.TeamId, ct);
        var teamName = JudgingViews.TeamName(team, await JudgingViews.UnitNamesAsync(db, [team], ct), false); // as the judges know it: the chair reads the history too
        var by = Actor.Of(user, db.Time);
        var note = sheet.Correct(points, reason, judge.Name, teamName, part.Name, by);
        db.ContestEvents.Add(new ContestEvent(contest.TenantId, contestId, team.Id, ContestAction.SheetCorrected, by, note) { PartId = part.Id });
        await db.SaveChangesAsync(ct);
        return await JudgingViews.SheetAsync(db, sheet.Id, organiser, ct);
    }
}
