using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingRoom.Server.Tests;

/// <summary>Every line the server logs, kept in memory: add it with <see cref="AddTo"/> through RunningServer's services hook.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public sealed record Line(LogLevel Level, string Category, string Message);

    public ConcurrentQueue<Line> Lines { get; } = new();

    public void AddTo(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(this);

    /// <summary>The lines at error level or above, as text for an assertion message.</summary>
    public IReadOnlyList<string> Errors() =>
        [.. Lines.Where(l => l.Level >= LogLevel.Error).Select(l => $"{l.Level} {l.Category}: {l.Message}")];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Lines.Enqueue(new Line(logLevel, category, formatter(state, exception) + (exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})")));
    }
}
