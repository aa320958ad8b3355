using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// One sheet by criterion (both entries of a paper sheet, mismatches marked): for the organiser; for the judge whose
/// sheet it is; and, once every part of the round is closed, for everyone who sees the contest (the drill-down of the standings).
/// </summary>
public static class GetSheet
{
    public static async Task<Result<SheetDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid sheetId, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var sheet = await db.ContestSheets.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sheetId && s.ContestId == contestId && s.TenantId == tenantId, ct);
        if (sheet is null)
        {
            return ContestErrors.SheetNotFound;
        }

        var own = await db.ContestJudges.AnyAsync(j => j.Id == sheet.JudgeId && j.UserId == user.UserId, ct);
        if (own)
        {
            return await JudgingViews.SheetAsync(db, sheetId, false, ct);
        }

        if (!(await ContestAccess.Rule.FindAsync(db, user, contestId, ct)).TryGet(out var contest, out _))
        {
            return ContestErrors.SheetNotFound;
        }

        if (await ContestAccess.CanManageAsync(db, user, contest, ct))
        {
            return await JudgingViews.SheetAsync(db, sheetId, true, ct);
        }

        var roundId = await db.ContestParts.Where(p => p.Id == sheet.PartId).Select(p => p.RoundId).FirstAsync(ct);
        var closed = await db.ContestParts.Where(p => p.RoundId == roundId).AllAsync(p => p.ClosedAt != null, ct);
        return closed && sheet.State == SheetState.Confirmed ? await JudgingViews.SheetAsync(db, sheetId, false, ct) : ContestErrors.StandingsHidden;
    }
}
