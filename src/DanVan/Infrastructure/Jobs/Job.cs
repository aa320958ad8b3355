using DanVan.Infrastructure.Data;

namespace DanVan.Infrastructure.Jobs;

/// <summary>Where a job stands: waiting (or waiting to retry), taken by a worker, done, or given up after its last attempt.</summary>
public enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// One unit of background work, stored in the application's own database (ADR 0028): written in the same transaction
/// as the change that asks for it, so a committed change always has its job and a rolled-back one never does. The
/// <see cref="Key"/> is unique: asking twice for the same work (a reminder, a day's digest) finds the first job.
/// Progress rows change often and carry no business meaning, so they are left out of the audit chain.
/// </summary>
public sealed class Job : IUnaudited
{
    public const int KindMax = 100;
    public const int KeyMax = 200;
    public const int MessageMax = 500;
    public const int ErrorMax = 2000;
    public const int FileNameMax = 200;

    private Job()
    {
    }

    internal Job(string kind, string key, string payload, Guid? tenantId, Guid? startedBy, int maxAttempts, DateTime now, DateTime runAfter)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Key = key.Length > KeyMax ? key[..KeyMax] : key;
        Payload = payload;
        TenantId = tenantId;
        StartedByUserId = startedBy;
        MaxAttempts = Math.Max(1, maxAttempts);
        CreatedAt = now;
        RunAfter = runAfter;
        Status = JobStatus.Queued;
    }

    public Guid Id { get; private set; }

    /// <summary>The province the work belongs to; none for the installation's own recurring work (digests of every tenant, cleanup).</summary>
    public Guid? TenantId { get; private set; }

    public string Kind { get; private set; } = "";
    public string Key { get; private set; } = "";
    public string Payload { get; private set; } = "{}";
    public JobStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public int MaxAttempts { get; private set; }
    public DateTime RunAfter { get; private set; }

    /// <summary>While running: the worker holds the job until then; a worker that died lets it go back to the queue after it.</summary>
    public DateTime? LeaseUntil { get; private set; }

    public int Progress { get; private set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }
    public string? ResultFileName { get; private set; }
    public Guid? StartedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }

    /// <summary>The wait before attempt n + 1: 30 s, 2 min, 8 min, … capped at 6 h.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(6 * 3600, 30 * Math.Pow(4, Math.Max(0, attempts - 1))));

    /// <summary>An attempt begins (the runner does the same with one conditional UPDATE, so that only one worker wins).</summary>
    internal void Start(DateTime now, DateTime leaseUntil)
    {
        Status = JobStatus.Running;
        Attempts++;
        StartedAt = now;
        LeaseUntil = leaseUntil;
    }

    internal void Succeed(DateTime now, string? resultFileName)
    {
        Status = JobStatus.Succeeded;
        Progress = 100;
        LeaseUntil = null;
        FinishedAt = now;
        Error = null;
        ResultFileName = resultFileName ?? ResultFileName;
    }

    /// <summary>A failed attempt: back to the queue after the backoff, or failed for good after the last attempt.</summary>
    internal void Fail(string error, DateTime now)
    {
        Error = error.Length > ErrorMax ? error[..ErrorMax] : error;
        LeaseUntil = null;
        if (Attempts >= MaxAttempts)
        {
            Status = JobStatus.Failed;
            FinishedAt = now;
        }
        else
        {
            Status = JobStatus.Queued;
            RunAfter = now + Backoff(Attempts);
        }
    }

    /// <summary>An administrator's retry of a job that gave up: one more round of attempts, starting now.</summary>
    public bool Retry(DateTime now)
    {
        if (Status != JobStatus.Failed)
        {
            return false;
        }

        Status = JobStatus.Queued;
        MaxAttempts = Attempts + Math.Max(1, MaxAttempts - Attempts + 1);
        RunAfter = now;
        FinishedAt = null;
        return true;
    }
}
