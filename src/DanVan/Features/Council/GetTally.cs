using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>An item's result — counts, base, percentage, pass/fail, the rule and its citation — only once the item is closed.</summary>
public static class GetTally
{
    public static async Task<Result<TallyDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, CancellationToken ct)
    {
        if (!(await CouncilAccess.ItemAsync(db, user, itemId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var opinions = await db.BallotParticipations.CountAsync(p => p.ItemId == itemId && p.WrittenOpinion, ct);
        return GetSession.TallyOf(found.Item, opinions) is { } tally ? tally : CouncilErrors.TallyHidden;
    }
}
