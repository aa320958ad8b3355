namespace DanVan.Bench;

/// <summary>
/// The thread pool's peak queue (work items waiting for a thread) and thread count while a workload runs, sampled every
/// 20 ms — the app and the bench share the process, so this is both. A queue that grows while the threads climb one by
/// one is starvation (something blocks threads); a short queue with few threads is a busy CPU.
/// </summary>
internal sealed class ThreadPoolPeak : IDisposable
{
    private readonly Timer timer;
    private long queue;
    private int threads;

    public ThreadPoolPeak() => timer = new Timer(_ => Sample(), null, 0, 20);

    public long Queue => Interlocked.Read(ref queue);

    public int Threads => Volatile.Read(ref threads);

    public void Dispose() => timer.Dispose();

    private void Sample()
    {
        var pending = ThreadPool.PendingWorkItemCount;
        long seen;
        while (pending > (seen = Interlocked.Read(ref queue)) && Interlocked.CompareExchange(ref queue, pending, seen) != seen)
        {
        }

        var count = ThreadPool.ThreadCount;
        int had;
        while (count > (had = Volatile.Read(ref threads)) && Interlocked.CompareExchange(ref threads, count, had) != had)
        {
        }
    }
}
