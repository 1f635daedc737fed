using BriefingRoom.Server.Hosting;

namespace BriefingRoom.Server.Live;

/// <summary>
/// One timer for every live connection: each tick wakes the feeds, and a connection with nothing new sends its
/// keep-alive comment. A timer per connection would cost every idle stream a timer and a registration.
/// </summary>
public sealed class LiveKeepAlive(BriefingHub hub, ServerOptions options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.KeepAlive, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                hub.PulseFeeds();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }
}
