using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Movements;

/// <summary>Launched → closed (after the final review): plans can no longer be filed or withdrawn.</summary>
public static class CloseMovement
{
    public static async Task<Result<MovementDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, LaunchMovement.Input input, CancellationToken ct)
    {
        if (input.Check() is { } invalid)
        {
            return invalid;
        }

        var movement = await MovementAccess.FindAsync(db, user, id, ct);
        if (movement is null)
        {
            return await MovementAccess.NotVisibleAsync(db, id, ct);
        }

        if (!await MovementAccess.CanManageAsync(db, user, movement, ct))
        {
            return AppError.Forbidden;
        }

        if (movement.Close(Actor.Of(user, db.Time), VietnameseText.Clean(input.Note)) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return (await GetMovement.HandleAsync(db, user, id, ct)).Value!;
    }
}
