using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// Ends the vote on an item and fixes its tally under the item's rule: electronic ballots counted (written opinions
/// included), or the paper counts once both entries agree. A secret item's ballots are then written again in the order
/// of their random ids (ADR 0025). One transaction holding the item's lock: a ballot racing the close is either counted
/// or refused, never lost.
/// </summary>
public static class CloseItem
{
    public static async Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, int? expectedVersion, CancellationToken ct)
    {
        if (!(await CouncilAccess.ItemToManageAsync(db, user, itemId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (loaded, item) = found;
        if ((db.Expect(item, expectedVersion) ?? (item.State != ItemState.Open ? CouncilErrors.ItemNotOpen : null)) is { } refused)
        {
            return refused;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await ItemChange.LockOpenAsync(db, itemId, ct))
        {
            return CouncilErrors.ItemNotOpen;
        }

        if (!(await CountAsync(db, loaded, item, ct)).TryGet(out var tally, out error) || item.Close(tally) is not null)
        {
            return error ?? CouncilErrors.ItemNotOpen;
        }

        await db.SaveChangesAsync(ct);
        if (item.Secret && item.Method == VoteMethod.Electronic)
        {
            await ShuffleAsync(db, itemId, ct);
        }

        await transaction.CommitAsync(ct);
        return await GetSession.DtoAsync(db, loaded, ct);
    }

    /// <summary>The tally of an open item from its ballots or agreed paper counts (inside the lock).</summary>
    public static async Task<Result<Tally>> CountAsync(AppDbContext db, CouncilAccess.Loaded loaded, AgendaItem item, CancellationToken ct)
    {
        var (council, session, _, _) = loaded;
        var itemId = item.Id;
        var presentEligible = council.Members.Count(m => session.StatusOf(m.Id) == AttendanceStatus.Present && !item.IsRecused(m.Id));
        if (item.Method == VoteMethod.Paper)
        {
            var entries = await db.PaperCounts.AsNoTracking().Where(p => p.ItemId == itemId).OrderBy(p => p.Entry).ToListAsync(ct);
            if (entries.Count < 2 || entries[0].Counts.Differences(entries[1].Counts).Count > 0)
            {
                return CouncilErrors.DoubleEntryMissing;
            }

            var written = council.Members.Count(m => session.StatusOf(m.Id) == AttendanceStatus.AbsentWithOpinion && !item.IsRecused(m.Id));
            return Tally.Compute(item.Rule, entries[0].Counts, new Turnout(council.Members.Count, item.Recusals.Count, presentEligible, written));
        }

        var choices = await db.Ballots.AsNoTracking().Where(b => b.ItemId == itemId).GroupBy(b => b.Choice)
            .Select(g => new { Choice = g.Key, Count = g.Count() }).ToListAsync(ct);
        var opinions = await db.BallotParticipations.CountAsync(p => p.ItemId == itemId && p.WrittenOpinion, ct);
        int Of(BallotChoice c) => choices.FirstOrDefault(x => x.Choice == c)?.Count ?? 0;
        var cast = choices.Sum(c => c.Count);
        var counts = new BallotCounts(presentEligible + opinions, cast, cast, Of(BallotChoice.Yes), Of(BallotChoice.No), Of(BallotChoice.Abstain));
        return Tally.Compute(item.Rule, counts, new Turnout(council.Members.Count, item.Recusals.Count, presentEligible, opinions));
    }

    /// <summary>Deletes and re-inserts the item's ballots in the order of their random ids: new physical places, one transaction for all.</summary>
    private static async Task ShuffleAsync(AppDbContext db, Guid itemId, CancellationToken ct)
    {
        var ballots = await db.Ballots.Where(b => b.ItemId == itemId).ToListAsync(ct);
        var copies = ballots.Select(b => b.Copy()).OrderBy(b => b.Id).ToList();
        db.Ballots.RemoveRange(ballots);
        await db.SaveChangesAsync(ct);
        foreach (var ballot in ballots)
        {
            db.Entry(ballot).State = EntityState.Detached;
        }

        db.Ballots.AddRange(copies);
        await db.SaveChangesAsync(ct);
    }
}
