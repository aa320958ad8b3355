using System.Text.Json;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Jobs;

/// <summary>
/// Asks for background work. <see cref="Add{T}"/> only adds the job to the caller's context: it is saved by the
/// caller's own <c>SaveChangesAsync</c>, in the same transaction as the change that needs it (the request never waits
/// for the work). <see cref="EnqueueAsync{T}"/> saves it at once and, when a job with the same key exists, returns
/// that one instead (idempotent by key).
/// </summary>
public static class JobQueue
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Job Add<T>(AppDbContext db, string kind, string key, T payload, Guid? tenantId = null, Guid? startedBy = null,
        int maxAttempts = 6, DateTime? runAfter = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = db.Time.GetUtcNow().UtcDateTime;
        var job = new Job(kind, key, JsonSerializer.Serialize(payload, Json), tenantId, startedBy, maxAttempts, now, runAfter ?? now);
        db.Add(job);
        return job;
    }

    /// <summary>Saves a job now unless one with the same key exists; returns the job and whether it is new.</summary>
    public static async Task<(Job Job, bool Created)> EnqueueAsync<T>(AppDbContext db, string kind, string key, T payload, Guid? tenantId = null,
        Guid? startedBy = null, int maxAttempts = 6, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Jobs.FirstOrDefaultAsync(j => j.Key == key, ct) is { } existing)
        {
            return (existing, false);
        }

        var job = Add(db, kind, key, payload, tenantId, startedBy, maxAttempts);
        try
        {
            await db.SaveChangesAsync(ct);
            return (job, true);
        }
        catch (DbUpdateException)
        {
            // Another worker or request saved the same key between the check and the save: theirs is the job.
            db.Entry(job).State = EntityState.Detached;
            return (await db.Jobs.FirstAsync(j => j.Key == key, ct), false);
        }
    }

    public static T Read<T>(Job job) => JsonSerializer.Deserialize<T>(job.Payload, Json)
                                        ?? throw new InvalidOperationException($"Job {job.Id} ({job.Kind}) has no payload.");
}
