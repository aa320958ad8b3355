using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class SheetInput
{
    public Guid? PartId { get; set; }
    public Guid? TeamId { get; set; }

    /// <summary>For a paper sheet: whose sheet it is (the judge of the part's round).</summary>
    public Guid? JudgeId { get; set; }

    public List<PointInput>? Points { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// A judge enters (or changes) their own sheet for a team in an open part: 403 when they do not judge the part's
/// round, 409 when recused (with the reason) or the part is closed, 400 for points outside a criterion's range.
/// </summary>
public static class SaveOwnSheet
{
    public static async Task<Result<SheetDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, SheetInput input, CancellationToken ct)
    {
        if (!(await JudgingAccess.JudgeAsync(db, user, contestId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (contest, seats) = found;
        if (await JudgingAccess.PartAsync(db, contestId, input.PartId, ct) is not var (round, part))
        {
            return ContestErrors.PartNotFound;
        }

        if (seats.FirstOrDefault(s => s.RoundId == round.Id) is not { } seat)
        {
            return ContestErrors.NotAJudge;
        }

        if (await ScoringChecks.TeamAsync(db, contest, seat, input.TeamId, ct) is { } refused)
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
        var sheet = await db.ContestSheets.Include(s => s.Lines).FirstOrDefaultAsync(s => s.PartId == part.Id && s.JudgeId == seat.Id && s.TeamId == input.TeamId, ct);
        if (sheet is null)
        {
            sheet = ContestSheet.Start(contest.TenantId, contestId, part.Id, seat.Id, input.TeamId!.Value, SheetSource.Judge, points, by);
            db.ContestSheets.Add(sheet);
        }
        else if (sheet.JudgeChanges(points, by) is { } stateError)
        {
            return stateError;
        }

        await db.SaveChangesAsync(ct);
        return await JudgingViews.SheetAsync(db, sheet.Id, false, ct);
    }
}

/// <summary>The checks every entry of a sheet shares: the team competes in the judge's round (<see cref="RoundTeams"/>) and the judge is not recused from it.</summary>
public static class ScoringChecks
{
    public static async Task<AppError?> TeamAsync(AppDbContext db, Contest contest, ContestJudge judge, Guid? teamId, CancellationToken ct)
    {
        var team = (await RoundTeams.ForAsync(db, contest, judge.RoundId, ct)).FirstOrDefault(t => t.Id == teamId);
        if (team is null)
        {
            return ContestErrors.TeamNotInRound;
        }

        var recused = await JudgingAccess.RecusalsAsync(db, contest.TenantId, [judge], [team], ct);
        return recused.TryGetValue((judge.Id, team.Id), out var reason) ? ContestErrors.Recused(reason) : null;
    }
}
