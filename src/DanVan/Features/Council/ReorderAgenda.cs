using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>Sets the order in which the items are considered (every item exactly once).</summary>
public static class ReorderAgenda
{
    public static Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid sessionId, OrderInput input, int? expectedVersion,
        CancellationToken ct) =>
        SessionChange.HandleAsync(db, user, sessionId, expectedVersion, l => Task.FromResult(l.Session.Reorder(input.ItemIds ?? [])), ct);
}
