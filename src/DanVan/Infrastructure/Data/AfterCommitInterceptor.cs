using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Infrastructure.Data;

/// <summary>
/// The shape shared by interceptors that act on what a save changed once other requests can see it: when a save is about
/// to write, the ids its added, changed or deleted rows name (<see cref="IdOf"/>) are collected per context and handed to
/// <see cref="Saving"/>; once committed — right after a save outside a transaction of ours (EF's own, already committed),
/// or when our transaction commits — they are handed to <see cref="Committed"/> once. Registered on every
/// <c>AppDbContext</c> (DataServices).
/// </summary>
public abstract class AfterCommitInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> pending = [];

    /// <summary>The id a changed row names (a user, a contest…), or null when the row does not concern this interceptor.</summary>
    protected abstract Guid? IdOf(object entity);

    /// <summary>Before the rows are written (the ids of this save only).</summary>
    protected virtual void Saving(IReadOnlyCollection<Guid> ids)
    {
    }

    /// <summary>Once the change is committed (the ids of every save since the last commit).</summary>
    protected abstract void Committed(IReadOnlyCollection<Guid> ids);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Collect(eventData.Context);
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
        Commit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Commit(eventData.Context);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var ids = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Unchanged or EntityState.Detached) && IdOf(entry.Entity) is { } id)
            {
                ids.Add(id);
            }
        }

        if (ids.Count == 0)
        {
            return;
        }

        Saving(ids);
        pending.GetOrCreateValue(context).UnionWith(ids);
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Commit(context);
        }
    }

    private void Commit(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var ids))
        {
            pending.Remove(context);
            Committed(ids);
        }
    }
}
