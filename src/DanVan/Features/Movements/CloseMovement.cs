using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Movements;

/// <summary>Launched → closed (after the final review): plans can no longer be filed or withdrawn.</summary>
public static class CloseMovement
{
    public static async Task<Result<MovementDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, LaunchMovement.Input input, int? expectedVersion,
        CancellationToken ct)
    {
        if (input.Check() is { } invalid)
        {
            return invalid;
        }

        if (!(await MovementAccess.LoadToManageAsync(db, user, id, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        if (db.Expect(movement, expectedVersion) is { } stale)
        {
            return stale;
        }

        if (movement.Close(Actor.Of(user, db.Time), VietnameseText.Clean(input.Note)) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return (await GetMovement.HandleAsync(db, user, id, ct)).Value!;
    }
}
