using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Work;

/// <summary>
/// What one feature puts on the work list. Each feature has its own provider (one file in its folder) registered in
/// Program.cs (<c>AddWorkProvider&lt;T&gt;()</c>). A provider returns at most <see cref="WorkQuery.Take"/> items, in the
/// list's order (deadline ascending, no deadline last; notices newest first), and how many it has in all; it sees only
/// the units the user's grants reach (the <c>Scope</c> rule) and only the user's tenant.
/// </summary>
public interface IWorkProvider
{
    Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct);
}

/// <summary>Today in Vietnam, the "due soon" window and notice age (from <see cref="WorkSettings"/>), and how many items to return.</summary>
public sealed record WorkQuery(DateOnly Today, DateTime NoticesSince, int DueSoonDays, int Take);

public sealed record WorkBatch(IReadOnlyList<WorkItem> Items, int Total);
