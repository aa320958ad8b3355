using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Decisions;

/// <summary>Takes an awardee off a draft with the reason (kept and shown); the nominee returns to the approved list for another decision.</summary>
public static class RemoveAwardee
{
    public static async Task<Result<DecisionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid awardeeId, RemoveAwardeeInput input,
        int? expectedVersion, CancellationToken ct)
    {
        if (!(await DecisionAccess.Rule.LoadAsync(db, user, id, Permission.ManageAwardRecords, ct)).TryGet(out var decision, out var error))
        {
            return error;
        }

        var reason = VietnameseText.Clean(input.Reason);
        if (string.IsNullOrEmpty(reason))
        {
            return DecisionErrors.ReasonRequired;
        }

        if ((db.Expect(decision, expectedVersion) ?? decision.Remove(awardeeId, reason)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await DecisionViews.ToDtoAsync(db, decision, ct);
    }
}
