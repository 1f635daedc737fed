using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Publishing;
using BriefingRoom.Server.Hosting;

namespace BriefingRoom.Server.Publishing;

/// <summary>
/// Publishes a made-up call once in memory at start (nothing stored), and compiles the publication queries, so the
/// first lift after a restart is on the public site within the promised second rather than paying for JIT first.
/// </summary>
public sealed class PublishingWarmUp(PublicationService publications, ILogger<PublishingWarmUp> log) : StartupWarmUp(log)
{
    private const string Call = """
        MODERATOR:  Thanks, all. This call is on background, attributed to a senior administration official.

        MR. QUAXWORTHY:  Thanks. As Zebulon Quax*worthy* I will say a word; Quaxworthy's view is known.

        Q    Zebulon, a question about the Quax<s>worty</s> \[worthy\] plan?
        """;

    protected override string What => "publication";

    protected override async Task WarmAsync(CancellationToken stoppingToken)
    {
        var ids = new ProtectedIdentities([new ProtectedSpeaker("SENIOR ADMINISTRATION OFFICIAL", "senior administration official", ["Zebulon Quaxworthy"], ["Quaxworthy", "Zebulon"])], [], []);
        var now = DateTimeOffset.UnixEpoch;
        Publisher.Publish(new PublicationRequest(MarkdownReader.Read(Call), ids, "Background call", "press-briefings", now, now, "America/New_York", 1, ""));
        await publications.WarmUpQueriesAsync(stoppingToken);
    }
}
