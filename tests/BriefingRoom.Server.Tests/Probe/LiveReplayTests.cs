using BriefingRoom.TestSupport;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>
/// What a reader got live is, byte for byte, what a reader replaying the log gets after the server restarted (so the
/// frames come from the database, not from memory): the same ids, names and data, times included.
/// </summary>
public sealed class LiveReplayTests
{
    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_replay_after_a_restart_sends_the_same_frames_as_the_live_feed(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        List<SseMessage> seen;
        long last, end, id;
        await using (var server = await RunningServer.StartAsync(database.Choice))
        await using (var office = await Office.OnAsync(database, server))
        {
            id = office.BriefingId;
            last = (await office.OkAsync("moderator", office.Api("/open"))).GetProperty("seq").GetInt64();
            await using var live = await SseClient.ConnectAsync(office["moderator"], office.Api("/events"), lastEventId: last);
            var official = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
            await office.OkAsync("stenographer", office.Api($"/turns/{official}/paragraphs"), new { text = "Said live." });
            await office.OkAsync("reporterA", office.Api("/queue"));
            end = (await office.OkAsync("operator", office.Api("/line"), new { entryId = "q1" })).GetProperty("seq").GetInt64();
            seen = await live.ReadUntilAsync(m => m.Id == end);
        }

        await using var restarted = await RunningServer.StartAsync(database.Choice);
        using var moderator = await restarted.SignInAsync("moderator@press.gov", Office.Password);
        await using var replay = await SseClient.ConnectAsync(moderator, $"/api/briefings/{id}/events", lastEventId: last);
        Assert.Equal(seen, await replay.ReadUntilAsync(m => m.Id == end));
    }
}
