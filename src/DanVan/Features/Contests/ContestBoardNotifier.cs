using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Features.Contests;

/// <summary>
/// Tells the board streams of a contest that something behind its board changed (a version counter and a signal per
/// contest). In-process: with more than one app instance a viewer connected to another instance would not hear of a
/// change made there — the board stream supports one app instance (README).
/// </summary>
public sealed class ContestBoardNotifier
{
    private readonly ConcurrentDictionary<Guid, Signal> signals = new();

    public long Version(Guid contestId) => Of(contestId).Version;

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
public sealed class ContestBoardChanges(ContestBoardNotifier notifier) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> pending = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Saving(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Saved(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Notify(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Notify(eventData.Context);
    }

    private void Saving(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        HashSet<Guid>? contests = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            Guid? id = entry.Entity switch
            {
                ContestSheet s => s.ContestId,
                ContestEvent e => e.ContestId,
                ContestRound r => r.ContestId,
                ContestTeam t => t.ContestId,
                _ => null,
            };
            if (id is { } contestId)
            {
                (contests ??= pending.GetOrCreateValue(context)).Add(contestId);
            }
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Notify(context);
        }
    }

    private void Notify(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var contests))
        {
            pending.Remove(context);
            foreach (var id in contests)
            {
                notifier.Changed(id);
            }
        }
    }
}
