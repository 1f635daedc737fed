namespace BriefingRoom.Server.Tests.Probe;

/// <summary>What a reader got live is, byte for byte, what a reader replaying the log later gets: the same ids, names and data (times included).</summary>
public sealed class LiveReplayTests
{
    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_replay_sends_the_same_frames_as_the_live_feed(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        var last = (await office.OkAsync("moderator", office.Api("/open"))).GetProperty("seq").GetInt64();
        await using var live = await SseClient.ConnectAsync(office["moderator"], office.Api("/events"), lastEventId: last);
        var official = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        await office.OkAsync("stenographer", office.Api($"/turns/{official}/paragraphs"), new { text = "Said live." });
        await office.OkAsync("reporterA", office.Api("/queue"));
        var end = (await office.OkAsync("operator", office.Api("/line"), new { entryId = "q1" })).GetProperty("seq").GetInt64();
        var seen = await live.ReadUntilAsync(m => m.Id == end);

        await using var replay = await SseClient.ConnectAsync(office["moderator"], office.Api("/events"), lastEventId: last);
        var replayed = await replay.ReadUntilAsync(m => m.Id == end);
        Assert.Equal(seen, replayed);
    }
}
