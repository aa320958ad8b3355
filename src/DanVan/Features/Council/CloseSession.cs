using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>Closes the meeting (Open → Closed) once no item is still being voted; nothing changes afterwards.</summary>
public static class CloseSession
{
    public static Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid sessionId, int? expectedVersion, CancellationToken ct) =>
        SessionChange.HandleAsync(db, user, sessionId, expectedVersion, l => Task.FromResult(l.Session.Close()), ct);
}
