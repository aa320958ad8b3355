using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Bench;

/// <summary>Counts the SQL commands EF Core executes in this process (the bench host only; the app is unchanged).</summary>
internal sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string Executing = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];
    private readonly ConcurrentQueue<string> commands = new();
    private long count;

    public QueryCounter() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public long Count => Interlocked.Read(ref count);

    /// <summary>The SQL text of the commands since the last <see cref="Reset"/> (for the JSON: what to fix).</summary>
    public IReadOnlyList<string> Commands => commands.Take(20).ToList();

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        commands.Clear();
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (listeners)
            {
                listeners.Add(value.Subscribe(this, name => name == Executing));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == Executing)
        {
            if (Interlocked.Increment(ref count) <= 20 && value.Value is CommandEventData data)
            {
                commands.Enqueue(data.Command.CommandText);
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        subscription.Dispose();
        lock (listeners)
        {
            listeners.ForEach(l => l.Dispose());
        }
    }
}
