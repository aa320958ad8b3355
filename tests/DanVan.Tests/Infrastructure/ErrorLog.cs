using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// Keeps the last errors one test app logged, so a test that meets an unexpected 500 can say why (the console of the
/// test host is not shown by the runner).
/// </summary>
public sealed class ErrorLog : ILoggerProvider
{
    private const int Kept = 20;
    private readonly ConcurrentQueue<string> entries = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public override string ToString() => entries.IsEmpty ? "(no error logged)" : string.Join(Environment.NewLine, entries);

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        entries.Enqueue(entry);
        while (entries.Count > Kept && entries.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(ErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Add($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : Environment.NewLine + exception)}");
            }
        }
    }
}
