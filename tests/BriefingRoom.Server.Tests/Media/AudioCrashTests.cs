using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BriefingRoom.LoadTest;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>
/// A live, recorded call survives either half dying with SIGKILL: Briefing Room (the real <c>briefing serve</c> beside a
/// Janus it did not start) or Janus (under a Briefing Room that runs on). After each, the room holds what the log says,
/// the recording goes on, and after the conclusion the whole call is one file kept for staff alone.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AudioCrashTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // About 40 s on an idle two-core machine (two cold starts of the server); twice that under a parallel build.
    [SkippableFact(Timeout = 120_000)]
    public async Task Briefing_Room_killed_mid_call_comes_back_to_a_room_that_follows_the_log_and_a_recording_that_lost_nothing()
    {
        var install = Requires.Janus();
        var configuration = JanusConfiguration.Write(install);
        var janus = await JanusProcess.StartAsync(install, configuration, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var folder = Directory.CreateTempSubdirectory("briefing-audio-crash-").FullName;
        var recordings = Path.Combine(folder, "recordings");
        var url = $"http://127.0.0.1:{FreePort()}";
        string[] arguments = ["--media-server", configuration.Api.ToString(), "--recordings", recordings];
        var environment = new Dictionary<string, string> { [MediaOptions.ApiSecretVariable] = configuration.ApiSecret, [MediaOptions.RoomKeyVariable] = configuration.RoomKey };
        ServerProcess Launch() => ServerProcess.Launch(Path.Combine(AppContext.BaseDirectory, "briefing"), url, Path.Combine(folder, "call.db"), folder, arguments, environment);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Stage(string what) => output.WriteLine($"{clock.Elapsed.TotalSeconds,5:0.0} s  {what}");
        var server = Launch();
        server.Output += line => { if (line.Contains("audio", StringComparison.OrdinalIgnoreCase) || line.Contains("Recording", StringComparison.Ordinal)) { Stage("[server] " + line.Trim()); } };
        using var http = new HttpClient();
        LoadOffice? office = null;
        try
        {
            await server.ReadyAsync(fresh: true);
            Stage("server ready");
            office = await LoadOffice.CreateAsync(new Uri(url), server.AdminPassword, reporters: 2, parallelism: 2);
            var operatorDesk = await office.StaffAsync("operator", 3, "operator");
            var (a, b) = (office.Reporters[0], office.Reporters[1]);
            var id = await office.ScheduleAsync("Audio Crash Call", admitReporters: true);
            var api = $"/api/briefings/{id}";
            await office.Moderator.PostAsync($"{api}/open");
            var probe = await RoomProbe.OnAsync(http, configuration.Api, configuration.ApiSecret, id, AudioRooms.SecretOf(id, Encoding.UTF8.GetBytes(configuration.RoomKey)));
            await Eventually.ThatAsync(probe.ExistsAsync, exists => exists, "the call's room in the Janus run elsewhere", seconds: 20);
            await Eventually.ThatAsync(() => StatusAsync(office.Stenographer, api), s => s.GetProperty("seconds").GetDouble() > 0.5, "the recording starting", seconds: 20);

            var ids = new Dictionary<string, long>
            {
                ["recorder"] = CallRecording.RecorderId(id),
                ["relief recorder"] = CallRecording.RecorderId(id, slot: 1), // the restarted server's, beside the killed one's
                ["moderator"] = await JoinAsync(office.Moderator, api),
                ["A"] = await JoinAsync(a, api),
                ["B"] = await JoinAsync(b, api),
                ["stranger"] = AudioParticipant.Reporter(id, "999999").Id,
            };
            await a.PostAsync($"{api}/queue");
            await operatorDesk.PostAsync($"{api}/line", new { entryId = "q1" });
            Stage("everyone joined");
            var room = new Described(probe, ids);
            await room.ExpectAsync("recorder muted, moderator speaks, A speaks, B muted", "A's line opening before the crash");

            var held = (await SessionsAsync(http, configuration)).Except(probe.Sessions).ToList(); // the server's, with its people's and its recorder
            await server.KillAsync();
            Stage("killed");
            // Nobody can close A's line while Briefing Room is dead; meanwhile Janus drifts: B is unmuted and a stranger joins.
            await Assert.ThrowsAsync<HttpRequestException>(() => operatorDesk.DeleteAsync($"{api}/line"));
            await probe.UnmuteAsync(ids["B"]);
            await probe.JoinAsync(ids["stranger"]);
            Assert.Equal("recorder muted, moderator speaks, A speaks, B speaks, stranger speaks", await room.DescribeAsync());
            // However long the restart takes, the killed server's sessions outlive it here as Janus's 60 s session timeout
            // keeps them after a quick one; the probe's own sessions are kept alive alongside.
            using var keeping = new CancellationTokenSource();
            var janusClient = new JanusClient(http, configuration.Api, configuration.ApiSecret);
            var keepingAlive = Task.Run(async () =>
            {
                var sessions = held.Concat(probe.Sessions).ToList();
                while (!keeping.IsCancellationRequested)
                {
                    foreach (var session in sessions)
                    {
                        try
                        {
                            await janusClient.KeepAliveAsync(session, CancellationToken.None);
                        }
                        catch (JanusException e)
                        {
                            Stage($"keepalive of session {session}: {e.Message}");
                        }
                    }
                    await Task.Delay(TimeSpan.FromSeconds(3), keeping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            });

            server = Launch();
            server.Output += line => { if (line.Contains("audio", StringComparison.OrdinalIgnoreCase) || line.Contains("Recording", StringComparison.Ordinal)) { Stage("[server] " + line.Trim()); } };
            await server.ReadyAsync(fresh: false);
            Stage("restarted");
            await room.ExpectAsync("recorder muted, relief recorder muted, moderator speaks, A speaks, B muted", "the restarted server closing B's line, keeping A's open as the log has it, and kicking the stranger", seconds: 20);
            await operatorDesk.DeleteAsync($"{api}/line");
            await room.ExpectAsync("recorder muted, relief recorder muted, moderator speaks, A muted, B muted", "A's line closing once the server is back");

            Stage("the room reconciled");
            // B reloads the page while the dead server's session still holds B's place: the join takes it over at once.
            Assert.True(await JoinAsync(b, api) == ids["B"]);
            await room.ExpectAsync("recorder muted, relief recorder muted, moderator speaks, A muted, B muted", "B in the room once, as the log has B");
            Assert.Equal(HttpStatusCode.NoContent, (await b.Http.DeleteAsync($"{api}/audio")).StatusCode);

            // The dead server's sessions end, as Janus's session timeout (60 s by default) ends them: its people leave, and
            // the recording goes on with the restarted server's recorder.
            await keeping.CancelAsync();
            await keepingAlive;
            foreach (var session in held)
            {
                await AdminAsync(http, configuration, $"/{session}", "destroy_session");
            }
            await room.ExpectAsync("relief recorder muted", "the killed server's sessions ending in Janus");
            var before = (await StatusAsync(office.Stenographer, api)).GetProperty("seconds").GetDouble();
            await Eventually.ThatAsync(() => StatusAsync(office.Stenographer, api), s => s.GetProperty("seconds").GetDouble() >= before + 1.5, "the recording growing with only the recorder in the room");

            Stage("the recording growing after the dead server's sessions ended");
            await office.Moderator.PostAsync($"{api}/conclude?confirm=true");
            var concluded = DateTimeOffset.UtcNow;
            var download = await Eventually.ThatAsync(() => office.Stenographer.Http.GetAsync($"{api}/recording"), r => r.StatusCode == HttpStatusCode.OK, "the recording being finished after the conclusion", seconds: 20);
            Stage("the recording finished");
            var recording = ToneMeter.Read(await download.Content.ReadAsByteArrayAsync());
            var status = await StatusAsync(office.Stenographer, api);
            var called = concluded - status.GetProperty("start").GetDateTimeOffset();
            Assert.True(recording.Duration >= called * 0.8, $"the recording ({recording.Duration}) holds the call from its start to the conclusion ({called}), the crash included");

            // One file, kept with the staff record in a folder of this user's alone; no segment left; never anyone else's.
            var kept = Path.Combine(recordings, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Single(Directory.GetFiles(kept, "recording-*.wav"));
            Assert.Empty(Directory.GetFiles(kept, "segment-*"));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(kept));
            using var anonymous = new HttpClient { BaseAddress = new Uri(url) };
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{api}/recording")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await a.Http.GetAsync($"{api}/recording")).StatusCode);
        }
        finally
        {
            await server.DisposeAsync();
            office?.Dispose();
            await janus.StopAsync(TimeSpan.FromSeconds(5), TimeProvider.System);
            configuration.Delete();
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact(Timeout = 90_000)]
    public async Task Janus_killed_mid_call_gets_the_room_back_with_the_log_s_lines_and_the_recording_keeps_both_parts()
    {
        Requires.Janus();
        await using var call = await LiveCall.StartAsync();
        var office = call.Office;
        var media = call.Services.GetRequiredService<MediaSupervisor>();
        var rooms = call.Services.GetRequiredService<AudioRooms>();
        var store = call.Services.GetRequiredService<RecordingStore>();
        await office.OkAsync("reporterA", office.Api("/queue"));
        await office.OkAsync("operator", office.Api("/line"), new { entryId = "q1" });
        var a = (await call.JoinAsync("reporterA")).GetProperty("participant").GetInt64();
        var b = (await call.JoinAsync("reporterB")).GetProperty("participant").GetInt64();
        await Eventually.ThatAsync(() => StatusAsync(office["stenographer"], office.Api()), s => s.GetProperty("seconds").GetDouble() >= 1, "the recording growing before the crash");

        var first = media.Own!.Id;
        System.Diagnostics.Process.GetProcessById(first).Kill();

        await Eventually.ThatAsync(() => Task.FromResult(media.Own?.Id ?? first), pid => pid != first, "a new Janus starting", seconds: 20);
        await OwnJanus.OnAsync(media);
        await Eventually.ThatAsync(() => Task.FromResult(rooms.Rooms.Contains(office.BriefingId)), there => there, "the room being created again", seconds: 20);
        await Eventually.ThatAsync(() => Task.FromResult(store.Segments(office.BriefingId).Count), n => n == 2, "a second segment for the new room");
        // Before anyone is back, the recorder is in the new room, so its segment runs in real time from the room's creation.
        await Eventually.ThatAsync(call.ParticipantsInJanusAsync, p => p.Count == 1 && p.ContainsKey(CallRecording.RecorderId(office.BriefingId)), "the recorder alone in the new room");
        var segments = store.Segments(office.BriefingId);
        await Eventually.ThatAsync(() => Task.FromResult(new FileInfo(segments[1].Path).Length), size => size > WavFile.HeaderBytes + 32_000, "the new segment recording with no one else in the room");
        // The dead Janus took everyone's session along; the pages join again (audio.js), and the log decides their lines.
        Assert.Equal(a, (await call.JoinAsync("reporterA")).GetProperty("participant").GetInt64());
        Assert.Equal(b, (await call.JoinAsync("reporterB")).GetProperty("participant").GetInt64());
        await Eventually.ThatAsync(call.ParticipantsInJanusAsync, p => p.TryGetValue(a, out var muted) && !muted && p.TryGetValue(b, out var bMuted) && bMuted, "A's line open and B's closed in the new room, as the log has them");

        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        var download = await Eventually.ThatAsync(() => office["stenographer"].GetAsync(office.Api("/recording")), r => r.StatusCode == HttpStatusCode.OK, "the recording being finished after the conclusion", seconds: 20);
        var recording = ToneMeter.Read(await download.Content.ReadAsByteArrayAsync());
        // Both parts, with silence where Janus was down: the file runs from the first segment's start past the second's.
        Assert.True(recording.Duration >= segments[1].Start - segments[0].Start + TimeSpan.FromSeconds(1), $"the recording ({recording.Duration}) holds both segments ({segments[0].Start:O}, {segments[1].Start:O})");
        Assert.Empty(store.Segments(office.BriefingId));
        Assert.StartsWith(store.Root, store.Finished(office.BriefingId)!.Path, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await office["anonymous"].GetAsync(office.Api("/recording"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office["reporterA"].GetAsync(office.Api("/recording"))).StatusCode);
    }

    private static async Task<long> JoinAsync(Person who, string api) =>
        (await who.PostAsync($"{api}/audio", new { sdp = Offers.Audio() })).GetProperty("participant").GetInt64();

    private static Task<JsonElement> StatusAsync(Person who, string api) => StatusAsync(who.Http, api);

    private static Task<JsonElement> StatusAsync(HttpClient who, string api) => who.GetFromJsonAsync<JsonElement>($"{api}/recording/status");

    // Janus's admin API, as the operator of a Janus run elsewhere has it.
    private static async Task<JsonElement> AdminAsync(HttpClient http, JanusConfiguration janus, string path, string request)
    {
        var reply = await http.PostAsJsonAsync(janus.Admin + path, new { janus = request, transaction = "t", admin_secret = janus.AdminSecret });
        var answer = await reply.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("janus").GetString() == "success", $"{request}: {answer}");
        return answer;
    }

    private static async Task<List<long>> SessionsAsync(HttpClient http, JanusConfiguration janus) =>
        [.. (await AdminAsync(http, janus, "", "list_sessions")).GetProperty("sessions").EnumerateArray().Select(s => s.GetInt64())];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The room as Janus has it, by the names the test gave the participant ids.</summary>
    private sealed class Described(RoomProbe probe, Dictionary<string, long> ids)
    {
        public async Task<string> DescribeAsync()
        {
            var participants = await probe.ParticipantsAsync();
            return string.Join(", ", ids.Where(p => participants.ContainsKey(p.Value)).Select(p => $"{p.Key} {(participants[p.Value] ? "muted" : "speaks")}"));
        }

        public Task<string> ExpectAsync(string expected, string what, int seconds = 10) =>
            Eventually.ThatAsync(DescribeAsync, now => now == expected, what, seconds);
    }
}
