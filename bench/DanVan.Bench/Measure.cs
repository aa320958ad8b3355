using System.Diagnostics;

namespace DanVan.Bench;

/// <summary>Latency percentiles (ms) and throughput (requests/s) of one side of a workload.</summary>
internal sealed record Figure(double P50, double P95, double P99, double Throughput, long Requests)
{
    public static Figure From(List<double> millis, TimeSpan wall)
    {
        millis.Sort();
        double At(double q) => millis.Count == 0 ? 0 : millis[Math.Min(millis.Count - 1, (int)Math.Ceiling(q * millis.Count) - 1)];
        return new Figure(Math.Round(At(0.50), 3), Math.Round(At(0.95), 3), Math.Round(At(0.99), 3),
            Math.Round(millis.Count / Math.Max(wall.TotalSeconds, 1e-9), 1), millis.Count);
    }
}

/// <summary>Runs an operation sequentially (latency) or from N concurrent workers for a while (throughput).</summary>
internal static class Measure
{
    public static async Task<Figure> SequentialAsync(Func<Task> operation, int iterations)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var i = 0; i < Math.Max(2, iterations / 10); i++)
        {
            await operation(); // warm-up: JIT, plan caches, connection pools
        }

        var millis = new List<double>(iterations);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation();
            millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Figure.From(millis, wall.Elapsed);
    }

    public static async Task<Figure> ConcurrentAsync(Func<int, Task> operation, int workers, double seconds)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var i = 0; i < workers; i++)
        {
            await operation(i);
        }

        var all = new List<double>();
        var wall = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        var tasks = Enumerable.Range(0, workers).Select(async worker =>
        {
            var mine = new List<double>();
            var n = 0;
            while (wall.Elapsed < until)
            {
                var start = Stopwatch.GetTimestamp();
                await operation((worker * 1_000_003) + n++);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return mine;
        }).ToList();
        foreach (var list in await Task.WhenAll(tasks))
        {
            all.AddRange(list);
        }

        return Figure.From(all, wall.Elapsed);
    }
}

/// <summary>The process's peak working set while a workload runs (sampled every 20 ms).</summary>
internal sealed class MemoryPeak : IDisposable
{
    private readonly Timer timer;
    private long peak;

    public MemoryPeak()
    {
        peak = Environment.WorkingSet;
        timer = new Timer(_ => Sample(), null, 0, 20);
    }

    public long PeakMegabytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref peak) / (1024 * 1024);
        }
    }

    public void Dispose() => timer.Dispose();

    private void Sample()
    {
        var now = Environment.WorkingSet;
        long seen;
        while (now > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, now, seen) != seen)
        {
        }
    }
}
