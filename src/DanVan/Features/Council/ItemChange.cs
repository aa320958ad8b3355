using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// A change to an item by whoever manages the council: visible (404), managed (403), the caller's version of the item
/// current (409), then the step; saved once, nothing when refused.
/// </summary>
public static class ItemChange
{
    public static async Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, int? expectedVersion,
        Func<CouncilAccess.Loaded, AgendaItem, Task<AppError?>> step, CancellationToken ct)
    {
        if (!(await CouncilAccess.ItemToManageAsync(db, user, itemId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        if ((db.Expect(found.Item, expectedVersion) ?? await step(found.Loaded, found.Item)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await GetSession.DtoAsync(db, found.Loaded, ct);
    }

    /// <summary>
    /// Inside the caller's transaction: takes the item's row lock, and answers whether the item is still open. A ballot
    /// and the close of its item therefore serialise — a ballot either lands before the close (and is counted) or sees
    /// the item closed — on both databases (SQLite's write transactions begin IMMEDIATE anyway).
    /// </summary>
    public static async Task<bool> LockOpenAsync(AppDbContext db, Guid itemId, CancellationToken ct) =>
        await db.AgendaItems.Where(i => i.Id == itemId && i.State == ItemState.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, ItemState.Open), ct) == 1;
}
