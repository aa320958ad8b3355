using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>The caller's own participation in an item (voted or not, recused or not) — never anyone else's, never the choice.</summary>
public static class GetParticipation
{
    public static async Task<Result<ParticipationDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, CancellationToken ct)
    {
        if (!(await CouncilAccess.ItemAsync(db, user, itemId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        if (found.Loaded.Me is not { } me)
        {
            return CouncilErrors.NotAMember;
        }

        var row = await db.BallotParticipations.AsNoTracking().FirstOrDefaultAsync(p => p.ItemId == itemId && p.MemberId == me.Id, ct);
        return new ParticipationDto(itemId, me.Id, row is not null, row?.WrittenOpinion ?? false, found.Item.IsRecused(me.Id));
    }
}
