using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class PointsInput
{
    public List<PointInput>? Points { get; set; }
}

/// <summary>
/// A second person (ManageContests, not the one who typed it) re-enters a paper sheet: equal → confirmed; different →
/// the mismatching criteria are shown and both entries kept (nothing merged). Two people confirming at once: the
/// sheet's version lets exactly one save; the other gets a 409.
/// </summary>
public static class ConfirmPaperSheet
{
    public static async Task<Result<SheetDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid sheetId, PointsInput input, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out _, out var error))
        {
            return error;
        }

        var sheet = await db.ContestSheets.Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == sheetId && s.ContestId == contestId, ct);
        if (sheet is null)
        {
            return ContestErrors.SheetNotFound;
        }

        var part = await db.ContestParts.Include(p => p.Criteria).FirstAsync(p => p.Id == sheet.PartId, ct);
        if (await ResultsLock.CheckAsync(db, part.RoundId, ct) is { } locked)
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

        if (sheet.Confirm(points, Actor.Of(user, db.Time)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await JudgingViews.SheetAsync(db, sheet.Id, true, ct);
    }
}
