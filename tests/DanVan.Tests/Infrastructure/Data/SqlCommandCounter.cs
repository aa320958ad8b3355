using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Tests.Infrastructure.Data;

/// <summary>
/// Counts the SQL commands EF Core runs against one test app's database (other tests may run in parallel: commands
/// of other databases are ignored), from EF's own <c>CommandExecuting</c> diagnostic event.
/// </summary>
internal sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string Executing = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
    private readonly Provider provider;
    private readonly string database;
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];
    private readonly List<string> commands = [];

    public SqlCommandCounter(TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        provider = app.Provider;
        database = Identity(app.ConnectionString);
        subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>The SQL of the commands <paramref name="request"/> ran.</summary>
    public async Task<IReadOnlyList<string>> DuringAsync(Func<Task> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (commands)
        {
            commands.Clear();
        }

        await request();
        lock (commands)
        {
            return commands.ToList();
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (listeners)
            {
                listeners.Add(value.Subscribe(this, name => name == Executing));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandEventData { Context: { } context } data && context.Database.GetConnectionString() is { } cs && TryIdentity(cs) == database)
        {
            lock (commands)
            {
                commands.Add(data.Command.CommandText);
            }
        }
    }

    /// <summary>
    /// Which database a connection string names — its file, or its name on the server — whatever else the app adds to it
    /// (e.g. SQLite's <c>Default Timeout</c>).
    /// </summary>
    private string Identity(string connectionString) => provider == Provider.Sqlite
        ? Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource)
        : new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database ?? "";

    /// <summary>
    /// The identity of any app's connection string, or null when it is of the other engine: this observer sees the commands
    /// of every test running in the process (the "app", "security" and "faults" collections run side by side), and an
    /// exception here would surface in that other test's request.
    /// </summary>
    private string? TryIdentity(string connectionString)
    {
        try
        {
            return Identity(connectionString);
        }
        catch (ArgumentException)
        {
            return null;
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
