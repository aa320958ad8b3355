using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Jobs;

/// <summary>
/// Runs one kind of job. Registered with <c>AddJobHandler&lt;T&gt;()</c> (scoped: each run has its own scope and
/// DbContext). A handler must be safe to run twice (a worker may die after the work and before recording it): it checks
/// what is already done, or its effects are keyed. Throwing fails the attempt; the runner retries with backoff.
/// </summary>
public interface IJobHandler
{
    string Kind { get; }

    Task RunAsync(JobContext context, CancellationToken ct);
}

/// <summary>What a running job sees: its row, its payload, a database context of its own, progress and a result file.</summary>
public sealed class JobContext(Job job, AppDbContext db, JobResults results, IServiceProvider services)
{
    public Job Job => job;
    public AppDbContext Db => db;
    public IServiceProvider Services => services;
    internal string? ResultFileName { get; private set; }

    public T Payload<T>() => JobQueue.Read<T>(job);

    /// <summary>
    /// Progress (0–100 %) and a short message, written at once so the page that started the job can show it. A job still
    /// running also renews its lease (<see cref="JobSettings.LeaseMinutes"/> from now): a long job that reports progress is
    /// not taken for a dead worker's and run a second time.
    /// </summary>
    public async Task ReportAsync(int percent, string? message, CancellationToken ct)
    {
        var p = Math.Clamp(percent, 0, 100);
        var m = message is { Length: > Job.MessageMax } ? message[..Job.MessageMax] : message;
        var id = job.Id;
        var lease = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime
            .AddMinutes(services.GetService<JobSettings>()?.LeaseMinutes ?? new JobSettings().LeaseMinutes);
        await db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, p).SetProperty(j => j.Message, m)
            .SetProperty(j => j.LeaseUntil, j => j.Status == JobStatus.Running ? (DateTime?)lease : j.LeaseUntil), ct);
    }

    /// <summary>The job's downloadable result (one file per job; a second call replaces the first).</summary>
    public async Task SaveResultAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        ResultFileName = await results.SaveAsync(job.Id, fileName, content, ct);
    }

    /// <summary>The job's downloadable result written as a stream straight to its file (a large ZIP is never held in memory).</summary>
    public async Task WriteResultAsync(string fileName, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        ResultFileName = await results.WriteAsync(job.Id, fileName, write, ct);
    }
}
