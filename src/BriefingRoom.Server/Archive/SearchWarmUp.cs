using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Archive;

/// <summary>Loads the search columns as the server starts, so the first reporter to search does not wait for them (3 s at 100k transcripts).</summary>
public sealed class SearchWarmUp(IServiceScopeFactory scopes, SearchColumns columns, ILogger<SearchWarmUp> log) : StartupWarmUp(log)
{
    protected override string What => "the archive's search columns";

    protected override async Task WarmAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        await db.Database.OpenConnectionAsync(stoppingToken);
        await columns.CurrentAsync(db.Database.GetDbConnection(), stoppingToken);
    }
}
