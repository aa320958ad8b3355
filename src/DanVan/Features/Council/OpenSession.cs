using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>Opens the meeting (Draft → Open): items can now be put to the vote.</summary>
public static class OpenSession
{
    public static Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid sessionId, int? expectedVersion, CancellationToken ct) =>
        SessionChange.HandleAsync(db, user, sessionId, expectedVersion, l => Task.FromResult(l.Session.Open()), ct);
}
