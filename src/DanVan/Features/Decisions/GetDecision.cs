using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Decisions;

/// <summary>One decision with its awardees in the order of Decree 152 Art. 29, the removed ones with their reasons, the "Căn cứ" lines and the total.</summary>
public static class GetDecision
{
    public static async Task<Result<DecisionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        (await DecisionAccess.Rule.FindAsync(db, user, id, ct)).TryGet(out var d, out var error) ? await DecisionViews.ToDtoAsync(db, d, ct) : error;
}
