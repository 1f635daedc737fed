using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>
/// Lines follow the log in a real Janus: the official and staff speak, a reporter only while the operator has their
/// line open, nobody but the official once the moderator mutes everyone; whatever Janus holds is put right from the log,
/// after a join, after a lost request, and after either Janus or Briefing Room restarts.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AudioLinesTests
{
    [SkippableTheory(Timeout = 120_000)]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Mutes_in_the_room_follow_open_close_and_mute_everyone_and_a_lost_request_is_put_right(string engine)
    {
        Requires.Janus();
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var server = await RunningServer.StartAsync(database.Choice, options: o => o with { Media = new MediaOptions() });
        await using var office = await Office.OnAsync(database, server);
        var janus = await OwnJanus.OnAsync(server.App.Services.GetRequiredService<MediaSupervisor>());
        await office.OkAsync("moderator", office.Api("/open"));
        using var http = new HttpClient();
        var room = await Room.OpenAsync(office, http, janus.Configuration.Api, janus.Configuration.ApiSecret);
        var lines = server.App.Services.GetRequiredService<AudioLines>();

        // Everyone joins unmuted, as if each join raced a change; the reconcile the join code runs after it leaves the log's state.
        await room.JoinEveryoneAsync();
        await lines.ReconcileAsync(office.BriefingId, CancellationToken.None);
        Assert.Equal("official speaks, moderator speaks, A muted, B muted", await room.DescribeAsync());

        await office.OkAsync("reporterA", office.Api("/queue"));
        await office.OkAsync("reporterB", office.Api("/queue"));
        await office.OkAsync("operator", office.Api("/line"), new { entryId = "q1" });
        await room.ExpectAsync("official speaks, moderator speaks, A speaks, B muted", "A's line opening");
        await office.OkAsync("operator", office.Api("/line"), new { entryId = "q2" });
        await room.ExpectAsync("official speaks, moderator speaks, A muted, B speaks", "B's line opening and A's closing with it");
        Assert.True((await office["operator"].DeleteAsync(office.Api("/line"))).IsSuccessStatusCode);
        await room.ExpectAsync("official speaks, moderator speaks, A muted, B muted", "B's line closing");

        // A request lost on the way (or a participant unmuting on their own) lasts until the next periodic reconcile.
        await room.Probe.UnmuteAsync(room.Ids["A"]);
        await room.ExpectAsync("official speaks, moderator speaks, A muted, B muted", "A's line, open in Janus but closed in the log, being closed again");

        // The moderator mutes everyone but the official: the open line closes in the same command, staff are muted too.
        await office.OkAsync("reporterA", office.Api("/queue"));
        await office.OkAsync("operator", office.Api("/line"), new { entryId = "q3" });
        await room.ExpectAsync("official speaks, moderator speaks, A speaks, B muted", "A's line opening again");
        await office.OkAsync("moderator", office.Api("/lines/mute"));
        await room.ExpectAsync("official speaks, moderator muted, A muted, B muted", "everyone but the official muted");
        var queue = await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api("/queue"));
        Assert.Equal(JsonValueKind.Null, queue.GetProperty("open").ValueKind);
        var again = await office["moderator"].PostAsync(office.Api("/lines/mute"), null);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already-muted", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await office["operator"].PostAsync(office.Api("/lines/mute"), null)).StatusCode);
        Assert.True((await office["moderator"].DeleteAsync(office.Api("/lines/mute"))).IsSuccessStatusCode);
        await room.ExpectAsync("official speaks, moderator speaks, A muted, B muted", "staff speaking again, reporters' lines still closed");

        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        await Eventually.ThatAsync(room.Probe.ExistsAsync, exists => !exists, "the room going after the conclusion");
    }

    [SkippableTheory(Timeout = 150_000)]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task After_Janus_restarts_and_after_Briefing_Room_restarts_the_room_holds_what_the_log_says_and_strangers_are_kicked(string engine)
    {
        var install = Requires.Janus();
        await using var database = await TestDatabase.CreateAsync(engine);
        using var http = new HttpClient();

        // Janus restarts: the one Briefing Room starts again has a new room, and people who join it get the log's lines.
        await using (var server = await RunningServer.StartAsync(database.Choice, options: o => o with { Media = new MediaOptions() }))
        {
            var media = server.App.Services.GetRequiredService<MediaSupervisor>();
            var janus = await OwnJanus.OnAsync(media);
            await using var office = await Office.OnAsync(database, server);
            await office.OkAsync("moderator", office.Api("/open"));
            await office.OkAsync("reporterA", office.Api("/queue"));
            await office.OkAsync("operator", office.Api("/line"), new { entryId = "q1" });

            System.Diagnostics.Process.GetProcessById(janus.Id).Kill();
            await Eventually.ThatAsync(() => Task.FromResult(media.Own?.Id ?? janus.Id), pid => pid != janus.Id, "a new Janus starting", seconds: 20);
            janus = await OwnJanus.OnAsync(media);
            var room = await Room.OpenAsync(office, http, janus.Configuration.Api, janus.Configuration.ApiSecret);
            await room.JoinEveryoneAsync(stranger: true);
            await room.ExpectAsync("official speaks, moderator speaks, A speaks, B muted", "the new Janus's room following the log, the stranger kicked");
        }

        // Briefing Room restarts beside a Janus run elsewhere, which keeps the room and its people meanwhile.
        var configuration = JanusConfiguration.Write(install);
        var outside = await JanusProcess.StartAsync(install, configuration, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        try
        {
            var external = new MediaOptions { Server = configuration.Api, ApiSecret = configuration.ApiSecret, RoomKey = configuration.RoomKey };
            await using var elsewhere = await TestDatabase.CreateAsync(engine);
            Room room;
            await using (var first = await RunningServer.StartAsync(elsewhere.Choice, options: o => o with { Media = external }))
            {
                await using var office = await Office.OnAsync(elsewhere, first);
                var briefing = office.BriefingId;
                await office.OkAsync("moderator", office.Api("/open"));
                await Eventually.ThatAsync(() => Task.FromResult(first.App.Services.GetRequiredService<AudioRooms>().Rooms.Contains(briefing)), there => there, "the room being created in the Janus run elsewhere", seconds: 20);
                room = await Room.OpenAsync(office, http, configuration.Api, configuration.ApiSecret);
                await room.JoinEveryoneAsync();
                await office.OkAsync("reporterB", office.Api("/queue"));
                await office.OkAsync("operator", office.Api("/line"), new { entryId = "q1" });
                await room.ExpectAsync("official speaks, moderator speaks, A muted, B speaks", "B's line opening");
                Assert.True((await office["operator"].DeleteAsync(office.Api("/line"))).IsSuccessStatusCode);
                await room.ExpectAsync("official speaks, moderator speaks, A muted, B muted", "B's line closing");
            }

            // While Briefing Room is down, Janus drifts: B's closed line is open again and a stranger is in the room.
            await room.Probe.UnmuteAsync(room.Ids["B"]);
            await room.Probe.JoinAsync(room.Ids["stranger"]);
            Assert.Equal("official speaks, moderator speaks, A muted, B speaks, stranger speaks", await room.DescribeAsync());

            await using var second = await RunningServer.StartAsync(elsewhere.Choice, options: o => o with { Media = external });
            await room.ExpectAsync("official speaks, moderator speaks, A muted, B muted", "the restarted Briefing Room closing B's line and kicking the stranger", seconds: 20);
        }
        finally
        {
            await outside.StopAsync(TimeSpan.FromSeconds(5), TimeProvider.System);
            configuration.Delete();
        }
    }

    /// <summary>The call's room as the test sees it: who is who by participant id, and what Janus has them muted as.</summary>
    private sealed class Room(RoomProbe probe, Dictionary<string, long> ids)
    {
        public RoomProbe Probe { get; } = probe;

        public Dictionary<string, long> Ids { get; } = ids;

        public static async Task<Room> OpenAsync(Office office, HttpClient http, Uri api, string apiSecret)
        {
            var services = office.Server.App.Services;
            var briefing = office.BriefingId;
            var control = await Eventually.ThatAsync(() => Task.FromResult(services.GetRequiredService<MediaSupervisor>().Control), c => c is not null, "the control session");
            var secret = services.GetRequiredService<AudioRooms>().SecretOf(briefing, control!.RoomKey);
            var probe = await RoomProbe.OnAsync(http, api, apiSecret, briefing, secret);
            await Eventually.ThatAsync(probe.ExistsAsync, exists => exists, "the call's room", seconds: 20);
            var moderator = (await office["moderator"].GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Room(probe, new()
            {
                ["official"] = new AudioParticipant(briefing, AudioPart.Official, "s1").Id,
                ["moderator"] = new AudioParticipant(briefing, AudioPart.Staff, moderator).Id,
                ["A"] = AudioParticipant.Reporter(briefing, office.ReporterId("reporterA")).Id,
                ["B"] = AudioParticipant.Reporter(briefing, office.ReporterId("reporterB")).Id,
                // Not admitted to this briefing: the outsider reporter's id, as a leaked token would let them join.
                ["stranger"] = AudioParticipant.Reporter(briefing, office.ReporterId("outsider")).Id,
            });
        }

        public async Task JoinEveryoneAsync(bool stranger = false)
        {
            foreach (var (who, id) in Ids.Where(p => stranger || p.Key != "stranger"))
            {
                await Probe.JoinAsync(id);
            }
        }

        public async Task<string> DescribeAsync()
        {
            var participants = await Probe.ParticipantsAsync();
            return string.Join(", ", Ids.Where(p => participants.ContainsKey(p.Value)).Select(p => $"{p.Key} {(participants[p.Value] ? "muted" : "speaks")}"));
        }

        public Task<string> ExpectAsync(string expected, string what, int seconds = 10) =>
            Eventually.ThatAsync(DescribeAsync, now => now == expected, what, seconds);
    }
}
