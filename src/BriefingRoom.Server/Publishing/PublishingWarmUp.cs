using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Publishing;

namespace BriefingRoom.Server.Publishing;

/// <summary>
/// Publishes a made-up call once in memory at start (nothing stored), and compiles the publication queries, so the
/// first lift after a restart is on the public site within the promised second rather than paying for JIT first.
/// </summary>
public sealed partial class PublishingWarmUp(PublicationService publications, ILogger<PublishingWarmUp> log) : BackgroundService
{
    private const string Call = """
        MODERATOR:  Thanks, all. This call is on background, attributed to a senior administration official.

        MR. QUAXWORTHY:  Thanks. As Zebulon Quax*worthy* I will say a word; Quaxworthy's view is known.

        Q    Zebulon, a question about the Quax<s>worty</s> \[worthy\] plan?
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var ids = new ProtectedIdentities([new ProtectedSpeaker("SENIOR ADMINISTRATION OFFICIAL", "senior administration official", ["Zebulon Quaxworthy"], ["Quaxworthy", "Zebulon"])], [], []);
            var now = DateTimeOffset.UnixEpoch;
            Publisher.Publish(new PublicationRequest(MarkdownReader.Read(Call), ids, "Background call", "press-briefings", now, now, "America/New_York", 1, ""));
            await publications.WarmUpQueriesAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped first: the first publication pays for its own start-up.
        }
#pragma warning disable CA1031 // Warm-up only saves the first publication a wait: whatever stops it must not stop the server.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(log, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up publication at start failed; the first publication will pay for its start-up")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
