using System.Collections.Concurrent;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Contests;

/// <summary>
/// Tells the board streams of a contest that something behind its board changed (a version counter and a signal per
/// contest). In-process: with more than one app instance a viewer connected to another instance would not hear of a
/// change made there — the board stream supports one app instance (README).
/// </summary>
public sealed class ContestBoardNotifier
{
    private readonly ConcurrentDictionary<Guid, Signal> signals = new();

    /// <summary>The contest's version (0 until its first change); creates nothing, so that any id may be asked (public boards).</summary>
    public long Version(Guid contestId) => signals.TryGetValue(contestId, out var signal) ? signal.Version : 0;

    public void Changed(Guid contestId)
    {
        var signal = Of(contestId);
        TaskCompletionSource done;
        lock (signal)
        {
            signal.Version++;
            done = signal.Next;
            signal.Next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>True as soon as the contest's version differs from <paramref name="seen"/>; false after <paramref name="timeout"/> without a change.</summary>
    public async Task<bool> WaitAsync(Guid contestId, long seen, TimeSpan timeout, CancellationToken ct)
    {
        var signal = Of(contestId);
        Task next;
        lock (signal)
        {
            if (signal.Version != seen)
            {
                return true;
            }

            next = signal.Next.Task;
        }

        try
        {
            await next.WaitAsync(timeout, ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private Signal Of(Guid contestId) => signals.GetOrAdd(contestId, _ => new Signal());

    private sealed class Signal
    {
        public long Version { get; set; }
        public TaskCompletionSource Next { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>
/// Calls <see cref="ContestBoardNotifier.Changed"/> for every contest whose sheets, teams, rounds or history rows a save
/// touched — once committed (after the save, or after the transaction's commit). Every writer that changes a board
/// (a judge's sheet on any page or route, paper entries, attendance, closing a part, the board's steps) saves such a
/// row, so no writer has to remember the notifier. Registered on every <c>AppDbContext</c> (DataServices).
/// </summary>
public sealed class ContestBoardChanges(ContestBoardNotifier notifier) : AfterCommitInterceptor
{
    protected override Guid? IdOf(object entity) => entity switch
    {
        ContestSheet s => s.ContestId,
        ContestEvent e => e.ContestId,
        ContestRound r => r.ContestId,
        ContestTeam t => t.ContestId,
        _ => null,
    };

    protected override void Committed(IReadOnlyCollection<Guid> ids)
    {
        foreach (var id in ids)
        {
            notifier.Changed(id);
        }
    }
}
