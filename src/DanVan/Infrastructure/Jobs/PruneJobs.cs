using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Jobs;

/// <summary>Daily: deletes finished jobs older than <see cref="JobSettings.RetentionDays"/>, with their result files.</summary>
public sealed class PruneJobs(JobSettings settings, JobResults results) : IJobHandler
{
    public const string KindName = "jobs.prune";

    public string Kind => KindName;

    public async Task RunAsync(JobContext context, CancellationToken ct)
    {
        var db = context.Db;
        var before = db.Time.GetUtcNow().UtcDateTime.AddDays(-settings.RetentionDays);
        var old = db.Jobs.Where(j => (j.Status == JobStatus.Succeeded || j.Status == JobStatus.Failed) && j.FinishedAt < before);
        foreach (var id in await old.Where(j => j.ResultFileName != null).Select(j => j.Id).ToListAsync(ct))
        {
            results.Delete(id);
        }

        await old.ExecuteDeleteAsync(ct);
    }
}
