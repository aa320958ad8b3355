using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>
/// A change to a session by whoever manages its council: visible (404), managed (403), the caller's version current
/// (409), then the entity's step; saved once, nothing when refused.
/// </summary>
public static class SessionChange
{
    public static async Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid sessionId, int? expectedVersion,
        Func<CouncilAccess.Loaded, Task<AppError?>> step, CancellationToken ct)
    {
        if (!(await CouncilAccess.SessionAsync(db, user, sessionId, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        if (!loaded.Manage)
        {
            return AppError.Forbidden;
        }

        if ((db.Expect(loaded.Session, expectedVersion) ?? await step(loaded)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await GetSession.DtoAsync(db, loaded, ct);
    }
}
