using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PerfEval.Host.BrowserTests.Infrastructure;

/// <summary>The host's error-level log entries (category, exception), so a test can check what was logged and how often.</summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, Exception? Exception)> _entries = new();

    public IReadOnlyList<(string Category, Exception? Exception)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, Exception?)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue((category, exception));
            }
        }
    }
}
