namespace BriefingRoom.Server.Hosting;

/// <summary>
/// Work done as the server starts only to spare a first user a wait (JIT, query compilation, loading): stopped or
/// failed, it is logged and the first use pays instead; it never stops the server.
/// </summary>
public abstract partial class StartupWarmUp(ILogger log) : BackgroundService
{
    /// <summary>What is warmed, for the log: "the archive's search columns".</summary>
    protected abstract string What { get; }

    protected abstract Task WarmAsync(CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WarmAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped first: the first use pays for its own start-up.
        }
#pragma warning disable CA1031 // Warm-up only saves a first use a wait: whatever stops it must not stop the server.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(log, What, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up {What} at start failed; its first use will wait for it instead")]
    private static partial void LogFailed(ILogger logger, string what, Exception e);
}
