using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Admin.Jobs;

/// <summary>The administrator's view of the queue: the province's jobs, newest first, 50 a page, with counts per status.</summary>
public static class ListJobs
{
    public const int PageSize = 50;

    public sealed record JobList(IReadOnlyList<JobDto> Items, IReadOnlyList<JobCount> Counts, int Page, int PageSize)
    {
        public int CountOf(JobStatus status) => Counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
    }

    public sealed record JobCount(JobStatus Status, int Count);

    public static async Task<JobList> HandleAsync(AppDbContext db, CurrentUser user, JobStatus? status, int? page, CancellationToken ct)
    {
        var managed = (await JobAccess.ManagedAsync(db, user, ct)).AsNoTracking();
        var counts = await managed.GroupBy(j => j.Status).Select(g => new JobCount(g.Key, g.Count())).ToListAsync(ct);
        var number = Math.Clamp(page ?? 1, 1, 200);
        var query = status is { } s ? managed.Where(j => j.Status == s) : managed;
        var items = await query.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new JobList(items.Select(JobViews.ToDto).ToList(), counts, number, PageSize);
    }
}
