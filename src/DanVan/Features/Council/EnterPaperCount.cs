using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// Double entry of a paper ballot's counts: the first entry by one account (which may correct it until the second is
/// made), the second by another account. A second entry that differs is refused field by field and not saved — the
/// counts are never averaged; the item closes only on two agreeing entries.
/// </summary>
public static class EnterPaperCount
{
    public static async Task<Result<PaperCountsDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, PaperCountInput input, CancellationToken ct)
    {
        if (!(await CouncilAccess.ItemToManageAsync(db, user, itemId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (loaded, item) = found;
        if (input is not { Issued: { } issued, Returned: { } returned, Valid: { } valid, Yes: { } yes, No: { } no, Abstain: { } abstain })
        {
            return AppError.Required("Issued", "đủ các số: phiếu phát ra, thu về, hợp lệ, đồng ý, không đồng ý, không biểu quyết");
        }

        var counts = new BallotCounts(issued, returned, valid, yes, no, abstain);
        var refused = item.State != ItemState.Open ? CouncilErrors.ItemNotOpen
            : item.Method != VoteMethod.Paper ? CouncilErrors.ElectronicOnly
            : counts.Check(loaded.Council.Members.Count - item.Recusals.Count);
        if (refused is not null)
        {
            return refused;
        }

        var entries = await db.PaperCounts.Where(p => p.ItemId == itemId).OrderBy(p => p.Entry).ToListAsync(ct);
        if (entries.Count == 0)
        {
            db.PaperCounts.Add(new PaperCount(item, 1, user.UserId, user.UserName, counts));
        }
        else if (entries.Count == 2)
        {
            return CouncilErrors.SameAccountTwice;
        }
        else if (entries[0].UserId == user.UserId)
        {
            entries[0].Replace(counts);
        }
        else if (entries[0].Counts.Differences(counts) is { Count: > 0 } differences)
        {
            return CouncilErrors.Disagree(differences);
        }
        else
        {
            db.PaperCounts.Add(new PaperCount(item, 2, user.UserId, user.UserName, counts));
        }

        await db.SaveChangesAsync(ct);
        return await DtoAsync(db, itemId, ct);
    }

    public static async Task<PaperCountsDto> DtoAsync(AppDbContext db, Guid itemId, CancellationToken ct) =>
        (await DtosAsync(db, [itemId], ct))[itemId];

    /// <summary>The entries of several paper items in one query (the session page), each item's comparison as in <see cref="DtoAsync"/>.</summary>
    public static async Task<IReadOnlyDictionary<Guid, PaperCountsDto>> DtosAsync(AppDbContext db, IReadOnlyCollection<Guid> itemIds, CancellationToken ct)
    {
        var ids = itemIds.Distinct().ToList();
        var byItem = (await db.PaperCounts.AsNoTracking().Where(p => ids.Contains(p.ItemId)).ToListAsync(ct)).ToLookup(p => p.ItemId);
        return ids.ToDictionary(id => id, id =>
        {
            var entries = byItem[id].OrderBy(p => p.Entry).ToList();
            var differences = entries.Count == 2 ? entries[0].Counts.Differences(entries[1].Counts) : [];
            return new PaperCountsDto(id, entries.Select(e => new PaperEntryDto(e.Entry, e.UserName, e.Issued, e.Returned, e.Valid, e.Yes, e.No, e.Abstain)).ToList(),
                entries.Count == 2 && differences.Count == 0, differences);
        });
    }
}
