using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Archive;

/// <summary>Loads the search columns as the server starts, so the first reporter to search does not wait for them (3 s at 100k transcripts).</summary>
public sealed partial class SearchWarmUp(IServiceScopeFactory scopes, SearchColumns columns, ILogger<SearchWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
            await db.Database.OpenConnectionAsync(stoppingToken);
            await columns.CurrentAsync(db.Database.GetDbConnection(), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the columns were loaded: the first search will load them.
        }
#pragma warning disable CA1031 // Warm-up only saves the first search a wait: whatever stops it must not stop the server.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(log, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the archive's search columns at start failed; the first search will load them")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
