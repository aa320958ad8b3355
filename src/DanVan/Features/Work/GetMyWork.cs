using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Work;

/// <summary>
/// The signed-in user's work list: every provider's items merged, overdue first, then by deadline (no deadline last),
/// then notices; paged. Each provider returns its first page × size items already in that order, so the merge is exact
/// (a stable sort keeps each provider's own order between equal deadlines).
/// </summary>
public static class GetMyWork
{
    public sealed record WorkList(IReadOnlyList<WorkItem> Items, int Total, int Page, int PageSize);

    public static async Task<WorkList> HandleAsync(AppDbContext db, CurrentUser user, IEnumerable<IWorkProvider> providers, WorkSettings settings,
        int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? settings.PageSize, 1, WorkSettings.MaxPageSize);
        var lastPage = Math.Max(1, settings.MaxDepth / size);
        var number = Math.Clamp(page ?? 1, 1, lastPage);
        var query = new WorkQuery(VnTime.Today(db.Time), db.Time.GetUtcNow().UtcDateTime.AddDays(-settings.NoticeDays), settings.DueSoonDays,
            number * size);
        var items = new List<WorkItem>();
        var total = 0;
        foreach (var provider in providers)
        {
            var batch = await provider.ListAsync(db, user, query, ct); // one DbContext: providers run one after another
            items.AddRange(batch.Items);
            total += batch.Total;
        }

        var ordered = items.OrderBy(i => i.State == WorkState.Info)
            .ThenBy(i => i.State == WorkState.Info || i.Deadline is null)
            .ThenBy(i => i.State == WorkState.Info ? DateOnly.MinValue : i.Deadline ?? DateOnly.MinValue)
            .Skip((number - 1) * size).Take(size).ToList();
        return new WorkList(ordered, total, number, size);
    }
}
