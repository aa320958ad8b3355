namespace DanVan.Infrastructure.Jobs;

/// <summary>
/// Configuration section "Jobs" (environment <c>DANVAN_JOBS__…</c>). <see cref="Enabled"/>: whether this process runs
/// the worker (tests that do not need it switch it off; jobs are still queued). <see cref="PollSeconds"/>: how often
/// the worker looks for due jobs. <see cref="LeaseMinutes"/>: how long a worker holds a job before another may take it
/// (a worker that died). <see cref="MaxAttempts"/>: attempts before a job fails for good. <see cref="RetentionDays"/>:
/// how long finished jobs are kept (their keys keep reminders from repeating).
/// </summary>
public sealed class JobSettings
{
    public const string Section = "Jobs";

    public bool Enabled { get; set; } = true;
    public double PollSeconds { get; set; } = 5;
    public int LeaseMinutes { get; set; } = 10;
    public int MaxAttempts { get; set; } = 6;
    public int RetentionDays { get; set; } = 400;
    public int Concurrency { get; set; } = 1;
}
