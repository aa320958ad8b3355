using System.Globalization;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Audit;

/// <summary>
/// The chain proves that no entry was changed, but not that none is missing at the end: deleting the tail (or a
/// <c>TRUNCATE</c>, which skips row triggers) leaves a shorter chain that still verifies. So the head of the chain is
/// written, every few minutes and at shutdown, to an append-only file outside the database (and to the log), where
/// the database role cannot reach. <c>verify-audit</c> then checks that every checkpointed entry is still there with
/// the same hash. Ship the file (or the log line) to a separate host for the strongest guarantee (ADR 0004).
/// </summary>
public static class AuditCheckpoints
{
    public const string FileName = "audit-checkpoints.log";

    public static string PathFor(IConfiguration configuration) =>
        configuration["Audit:CheckpointFile"] is { Length: > 0 } file ? file : Path.Combine(DataServices.DataDirectory(configuration), FileName);

    /// <summary>Appends the current head (sequence number and hash) unless it is already the last line; returns it.</summary>
    public static async Task<(long Seq, string Hash)?> WriteAsync(AppDbContext db, string path, CancellationToken ct)
    {
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Seq).Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        if (LastSeq(path) == head.Seq)
        {
            return (head.Seq, head.Hash);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var line = string.Create(CultureInfo.InvariantCulture, $"{head.Seq}\t{head.Hash}\t{db.Time.GetUtcNow().UtcDateTime:O}\n");
        await using (var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read))
        {
            await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line), ct);
            file.Flush(flushToDisk: true);
        }

        return (head.Seq, head.Hash);
    }

    /// <summary>Null when every checkpoint is still in the table with its hash; otherwise what is missing or changed.</summary>
    public static async Task<string?> CheckAsync(AppDbContext db, string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var checkpoints = Read(path).ToList();
        var seqs = checkpoints.Select(c => c.Seq).Distinct().ToList();
        var stored = new Dictionary<long, string>();
        foreach (var chunk in seqs.Chunk(500))
        {
            foreach (var row in await db.AuditEntries.AsNoTracking().Where(a => chunk.Contains(a.Seq)).Select(a => new { a.Seq, a.Hash }).ToListAsync(ct))
            {
                stored[row.Seq] = row.Hash;
            }
        }

        foreach (var (seq, hash, at) in checkpoints)
        {
            if (!stored.TryGetValue(seq, out var actual))
            {
                return $"Bản ghi số {seq} (mốc kiểm tra lúc {at}) không còn trong cơ sở dữ liệu: nhật ký đã bị cắt bớt hoặc xóa.";
            }

            if (actual != hash)
            {
                return $"Bản ghi số {seq} khác với mốc kiểm tra lúc {at}: nhật ký đã bị thay thế.";
            }
        }

        return null;
    }

    /// <summary>The last checkpoint's number, from the file's tail only: the file grows by a line every few minutes for years.</summary>
    private static long? LastSeq(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var tail = new byte[(int)Math.Min(file.Length, 512)];
        file.Seek(-tail.Length, SeekOrigin.End);
        file.ReadExactly(tail);
        var lines = System.Text.Encoding.UTF8.GetString(tail).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length > 0 && long.TryParse(lines[^1].Split('\t')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : null;
    }

    private static IEnumerable<(long Seq, string Hash, string At)> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 3 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                yield return (seq, parts[1], parts[2]);
            }
        }
    }
}

/// <summary>Writes a checkpoint every <c>Audit:CheckpointMinutes</c> (default 5; 0 turns it off) and once at shutdown.</summary>
public sealed class AuditCheckpointService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time,
    ILogger<AuditCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Audit:CheckpointMinutes", 5);
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down: StopAsync writes the last checkpoint
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (configuration.GetValue("Audit:CheckpointMinutes", 5) > 0)
        {
            await WriteAsync(cancellationToken);
        }
    }

    private async Task WriteAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var head = await AuditCheckpoints.WriteAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), AuditCheckpoints.PathFor(configuration), ct);
            if (head is { } h && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Audit checkpoint {Seq} {Hash}", h.Seq, h.Hash);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException)
        {
            // A checkpoint is a safeguard, not a request: a full disk or a database outage must not stop the app.
            logger.LogWarning(e, "Audit checkpoint not written");
        }
    }
}
