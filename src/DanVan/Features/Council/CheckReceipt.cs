using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>With the receipt code shown when they voted, a member checks that their ballot is in the box, as cast.</summary>
public static class CheckReceipt
{
    public static async Task<Result<ReceiptCheck>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, string code, CancellationToken ct)
    {
        if (!(await CouncilAccess.ItemAsync(db, user, itemId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var receipt = code.Trim().ToUpperInvariant();
        var ballot = receipt.Length == Ballot.ReceiptLength
            ? await db.Ballots.AsNoTracking().FirstOrDefaultAsync(b => b.ItemId == itemId && b.Receipt == receipt, ct)
            : null;
        return ballot is null ? CouncilErrors.ReceiptNotFound
            : new ReceiptCheck(itemId, receipt, true, ballot.Choice, ballot.Choice.Label(), ballot.WrittenOpinion, found.Item.State == ItemState.Closed);
    }
}
