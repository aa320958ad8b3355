using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// Records one ballot: the participation (member, item) in one table and the ballot (item, choice, receipt) in another,
/// in one transaction holding the item's lock — all or nothing; a second ballot of the same member loses on the
/// participation's key (one winner in a race).
/// </summary>
public static class BallotBox
{
    public static async Task<Result<Ballot>> RecordAsync(AppDbContext db, AgendaItem item, Guid memberId, BallotChoice choice, bool writtenOpinion,
        CancellationToken ct)
    {
        var itemId = item.Id;
        if (await db.BallotParticipations.AnyAsync(p => p.ItemId == itemId && p.MemberId == memberId, ct))
        {
            return CouncilErrors.VotedTwice;
        }

        var ballot = new Ballot(item, choice, memberId, writtenOpinion);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await ItemChange.LockOpenAsync(db, itemId, ct))
        {
            return CouncilErrors.ItemNotOpen;
        }

        db.BallotParticipations.Add(new BallotParticipation(item, memberId, writtenOpinion));
        db.Ballots.Add(ballot);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CouncilErrors.VotedTwice; // the same member's other request committed first
        }

        await transaction.CommitAsync(ct);
        return ballot;
    }
}
