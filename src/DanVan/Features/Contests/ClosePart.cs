using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>The organiser closes a part: its sheets are locked. Refused while a paper sheet is not confirmed (its two entries would be frozen apart).</summary>
public static class ClosePart
{
    public static async Task<Result<StandingsPartDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid partId, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        if (await JudgingAccess.PartAsync(db, contestId, partId, ct) is not var (round, part))
        {
            return ContestErrors.PartNotFound;
        }

        if (await ResultsLock.CheckAsync(db, round.Id, ct) is { } locked)
        {
            return locked;
        }

        await using var transaction = await JudgingAccess.LockOpenPartAsync(db, partId, ct); // the part's lock first, as a draw or a quiz sheet takes it
        if (transaction is null)
        {
            return ContestErrors.PartClosed;
        }

        var pending = await db.ContestSheets.CountAsync(s => s.PartId == partId && s.State != SheetState.Confirmed, ct);
        if (pending > 0)
        {
            return ContestErrors.UnconfirmedSheets(pending);
        }

        var by = Actor.Of(user, db.Time);
        if (part.Close(by) is { } refused)
        {
            return refused;
        }

        db.ContestEvents.Add(new ContestEvent(contest.TenantId, contestId, null, ContestAction.PartClosed, by, $"{round.Name}, phần thi {part.Seq}: {part.Name}") { PartId = part.Id });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return GetStandings.Part(part);
    }
}
