using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Jobs;

/// <summary>
/// Takes due jobs from the table and runs them, one at a time: queues each recurring job's current period, returns
/// jobs whose worker died (lease expired) to the queue, then claims a due job with a conditional UPDATE (of two
/// workers only one wins), runs its handler in a scope of its own and records the outcome — success, or a failed
/// attempt retried after a backoff. <see cref="RunDueAsync"/> is what the hosted worker calls on every poll; tests call
/// it directly.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, JobSettings settings, TimeProvider time, IEnumerable<RecurringJob> recurring,
    JobResults results, ILogger<JobRunner> log) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public void Dispose() => gate.Dispose();

    /// <summary>Runs every job that is due now (up to <paramref name="max"/>); returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct, int max = 1000)
    {
        await gate.WaitAsync(ct);
        try
        {
            await ScheduleRecurringAsync(ct);
            await ReleaseExpiredLeasesAsync(ct);
            var ran = 0;
            while (ran < max && !ct.IsCancellationRequested && await RunOneAsync(ct))
            {
                ran++;
            }

            return ran;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task ScheduleRecurringAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var r in recurring)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var period = r.Period(now);
            await JobQueue.EnqueueAsync(db, r.Kind, r.KeyFor(period), new RecurringPayload(period), maxAttempts: settings.MaxAttempts, ct: ct);
        }
    }

    private async Task ReleaseExpiredLeasesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var released = await db.Jobs.Where(j => j.Status == JobStatus.Running && j.LeaseUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Queued).SetProperty(j => j.LeaseUntil, (DateTime?)null), ct);
        if (released > 0)
        {
            log.LogWarning("{Count} job(s) whose worker stopped went back to the queue.", released);
        }
    }

    private async Task<bool> RunOneAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        Guid? claimed = null;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var candidates = await db.Jobs.Where(j => j.Status == JobStatus.Queued && j.RunAfter <= now)
                .OrderBy(j => j.RunAfter).ThenBy(j => j.Id).Select(j => j.Id).Take(10).ToListAsync(ct);
            var lease = now.AddMinutes(settings.LeaseMinutes);
            foreach (var id in candidates)
            {
                if (await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Queued)
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Running)
                            .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                            .SetProperty(j => j.LeaseUntil, lease)
                            .SetProperty(j => j.StartedAt, now), ct) == 1)
                {
                    claimed = id;
                    break;
                }
            }
        }

        if (claimed is not { } jobId)
        {
            return false;
        }

        string? error = null;
        string? resultFile = null;
        int attempt;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var job = await db.Jobs.AsNoTracking().FirstAsync(j => j.Id == jobId, ct);
            attempt = job.Attempts;
            var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind);
            if (handler is null)
            {
                error = $"Không có bộ xử lý cho loại việc “{job.Kind}”.";
            }
            else
            {
                var context = new JobContext(job, db, results, scope.ServiceProvider);
                try
                {
                    await handler.RunAsync(context, ct);
                    resultFile = context.ResultFileName;
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    throw; // shutting down: the lease runs out and the job is taken again after the restart
                }
#pragma warning disable CA1031 // any failure of a handler is a failed attempt, recorded and retried
                catch (Exception e)
#pragma warning restore CA1031
                {
                    log.LogWarning(e, "Job {Id} ({Kind}) attempt {Attempt} failed.", job.Id, job.Kind, job.Attempts);
                    error = $"{e.GetType().Name}: {e.Message}";
                }
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var job = await db.Jobs.FirstAsync(j => j.Id == jobId, CancellationToken.None);
            if (job.Status != JobStatus.Running || job.Attempts != attempt)
            {
                // Our lease ran out and another worker took the job (or an administrator acted on it): its run decides, not ours.
                log.LogWarning("Job {Id} ({Kind}) attempt {Attempt} finished after the job was taken again; its outcome is not recorded.", job.Id, job.Kind, attempt);
                return true;
            }

            var finished = time.GetUtcNow().UtcDateTime;
            if (error is null)
            {
                job.Succeed(finished, resultFile);
            }
            else
            {
                job.Fail(error, finished);
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        return true;
    }
}
