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

    /// <summary>Progress (0–100 %) and a short message, written at once so the page that started the job can show it.</summary>
    public async Task ReportAsync(int percent, string? message, CancellationToken ct)
    {
        var p = Math.Clamp(percent, 0, 100);
        var m = message is { Length: > Job.MessageMax } ? message[..Job.MessageMax] : message;
        var id = job.Id;
        await db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, p).SetProperty(j => j.Message, m), ct);
    }

    /// <summary>The job's downloadable result (one file per job; a second call replaces the first).</summary>
    public async Task SaveResultAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        ResultFileName = await results.SaveAsync(job.Id, fileName, content, ct);
    }
}
