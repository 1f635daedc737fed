using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using BriefingRoom.LoadTest;

namespace BriefingRoom.CrashCampaign;

/// <summary>
/// A busy call on a real <c>briefing serve</c> — the stenographer typing and correcting, reporters raising and lowering
/// hands, live readers for staff and press — killed with SIGKILL at seeded moments: right after an acknowledgement,
/// at a random point of the load, during start-up, while briefings are being scheduled, and right after a conclusion.
/// After each restart it checks the log against every acknowledgement, resumes each reader with Last-Event-ID, and
/// waits for a conclusion acknowledged before the crash to be published exactly once.
/// </summary>
public sealed class Campaign(CampaignOptions options, TextWriter log)
{
    // In turn, so even a short campaign meets every moment; the seed picks when within each.
    private static readonly string[] Moments = ["after-ack", "mid-load", "start-up", "scheduling", "conclusion"];

    private readonly Random _random = new(options.Seed);
    private readonly Ledger _ledger = new();
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, int> _moments = [];
    private readonly List<double> _restarts = [];
    private readonly List<double> _publications = [];
    private readonly List<long> _scheduled = [];
    private ServerProcess _server = null!;
    private LoadOffice _office = null!;
    private string _url = "";
    private string _folder = "";
    private string _database = "";
    private long _briefing;
    private int _turn;
    private int _token;
    private int _kills;
    private int _killedThisRound;
    private int _resumeChecks;
    private int _resumeFailures;
    private int _replayMismatches;
    private int _publicationChecks;
    private int _publicationFailures;
    private int _broken;
    private LiveConnection _staffReader = null!;
    private LiveConnection _pressReader = null!;

    public async Task<CampaignReport> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        _folder = Directory.CreateTempSubdirectory("briefing-crash-").FullName;
        _database = options.Database ?? Path.Combine(_folder, "crash.db");
        _url = $"http://127.0.0.1:{FreePort()}";
        try
        {
            _server = ServerProcess.Launch(options.Server, _url, _database, _folder);
            await _server.ReadyAsync(fresh: true);
            _office = await LoadOffice.CreateAsync(new Uri(_url), _server.AdminPassword, options.Reporters, parallelism: 2);
            _briefing = await _office.ScheduleAsync("Crash Campaign Call", admitReporters: true);
            await _office.Moderator.PostAsync($"/api/briefings/{_briefing}/open");
            _turn = (await _office.Stenographer.PostAsync($"/api/briefings/{_briefing}/turns", new { speaker = "s1" })).GetProperty("turnId").GetInt32();
            _staffReader = await ConnectAsync(_office.Moderator, _briefing, null);
            _pressReader = await ConnectAsync(_office.Reporters[0], _briefing, null);
            for (var round = 1; round <= options.Crashes; round++)
            {
                var moment = Moments[(round - 1) % Moments.Length];
                _moments[moment] = _moments.GetValueOrDefault(moment) + 1;
                log.WriteLine($"crash {round}/{options.Crashes}: {moment}");
                await RoundAsync(moment);
            }
        }
        finally
        {
            await _server.KillAsync();
            await _server.DisposeAsync();
            _office?.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
        return new CampaignReport(options.Database is null ? "SQLite" : "PostgreSQL", options.Seed, _kills, _moments, _ledger.Count,
            _ledger.Lost, _ledger.Duplicated, _ledger.Reordered, _resumeChecks, _resumeFailures, _replayMismatches,
            _publicationChecks, _publicationFailures, _broken, _restarts, _publications, _problems, clock.Elapsed.TotalSeconds);
    }

    private async Task RoundAsync(string moment)
    {
        using var stop = new CancellationTokenSource();
        _killedThisRound = 0;
        var killAfterAcks = moment == "after-ack" ? _random.Next(3, 40) : int.MaxValue;
        var acks = 0;
        void Acknowledged(Ack ack)
        {
            _ledger.Add(ack);
            if (Interlocked.Increment(ref acks) == killAfterAcks)
            {
                Kill(); // at once, from the thread that read the acknowledgement
            }
        }
        List<Task> load = [TypeAsync(Acknowledged, stop.Token), .. _office.Reporters.Select(r => QueueAsync(r, Acknowledged, stop.Token))];
        if (moment == "scheduling")
        {
            load.Add(ScheduleAsync(stop.Token));
        }
        long? concluded = null;
        switch (moment)
        {
            case "conclusion":
                concluded = await ConcludeFreshAsync(Acknowledged);
                Kill();
                break;
            case "after-ack":
                await WaitForAsync(() => acks >= killAfterAcks || _server.HasExited, TimeSpan.FromSeconds(30));
                Kill();
                break;
            default:
                await Task.Delay(_random.Next(100, 1500));
                Kill();
                break;
        }
        await _server.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(load);

        if (moment == "start-up")
        {
            // Killed again before it has finished starting (or just after): migrations, the scheduler's first look, the search warm-up.
            var starting = ServerProcess.Launch(options.Server, _url, _database, _folder);
            await Task.Delay(_random.Next(0, 2500));
            _kills++;
            await starting.KillAsync();
            await starting.DisposeAsync();
        }
        var restart = Stopwatch.StartNew();
        await _server.DisposeAsync();
        _server = ServerProcess.Launch(options.Server, _url, _database, _folder);
        await _server.ReadyAsync(fresh: false);
        _restarts.Add(restart.Elapsed.TotalSeconds);
        var ready = Stopwatch.StartNew();

        await CheckLogAndResumeAsync();
        if (concluded is { } id)
        {
            await CheckPublishedOnceAsync(id, ready);
        }
        if (moment == "scheduling")
        {
            await CheckScheduledAsync();
        }
    }

    // Once a round: the acknowledgement's thread and the round's own wait may both get here.
    private void Kill()
    {
        if (Interlocked.Exchange(ref _killedThisRound, 1) == 0 && !_server.HasExited)
        {
            _server.Kill();
            Interlocked.Increment(ref _kills);
        }
    }

    // The stenographer: a paragraph with a token, every fifth one corrected, a new turn every twentieth.
    private async Task TypeAsync(Action<Ack> acknowledged, CancellationToken stop)
    {
        var steno = _office.Stenographer;
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            var token = Interlocked.Increment(ref _token);
            var answer = await TryAsync(steno, HttpMethod.Post, $"/api/briefings/{_briefing}/turns/{_turn}/paragraphs", new { text = $"Remark tok{token}. It goes on." }, stop);
            if (answer is not { } paragraph)
            {
                continue;
            }
            acknowledged(new Ack(steno.Name, _briefing, paragraph.GetProperty("seq").GetInt64(), "paragraph", token));
            if (++n % 5 == 0 && await TryAsync(steno, HttpMethod.Post, $"/api/briefings/{_briefing}/turns/{_turn}/paragraphs/{paragraph.GetProperty("paragraphId").GetInt32()}/corrections",
                new { start = 0, length = 6, replacement = "Remarks" }, stop) is { } corrected)
            {
                acknowledged(new Ack(steno.Name, _briefing, corrected.GetProperty("seq").GetInt64(), "paragraph"));
            }
            if (n % 20 == 0 && await TryAsync(steno, HttpMethod.Post, $"/api/briefings/{_briefing}/turns", new { speaker = "s1" }, stop) is { } turn)
            {
                _turn = turn.GetProperty("turnId").GetInt32();
                acknowledged(new Ack(steno.Name, _briefing, turn.GetProperty("seq").GetInt64(), "turn"));
            }
        }
    }

    // A reporter raising and lowering a hand; a hand raised by a command whose answer the crash cut off is simply lowered.
    private async Task QueueAsync(Person reporter, Action<Ack> acknowledged, CancellationToken stop)
    {
        var raise = true;
        while (!stop.IsCancellationRequested)
        {
            var answer = await TryAsync(reporter, raise ? HttpMethod.Post : HttpMethod.Delete, $"/api/briefings/{_briefing}/queue", null, stop);
            if (answer is { } queued)
            {
                acknowledged(new Ack(reporter.Name, _briefing, queued.GetProperty("seq").GetInt64(), "queue"));
            }
            raise = !raise;
            await Delay(_random.Next(50, 300), stop);
        }
    }

    private async Task ScheduleAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var id = await _office.ScheduleAsync($"Crash Schedule {_scheduled.Count + 1}", admitReporters: false);
                lock (_scheduled)
                {
                    _scheduled.Add(id);
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                await Delay(50, stop);
            }
        }
    }

    // A second briefing run to its conclusion; the crash follows the conclusion's acknowledgement at once.
    private async Task<long> ConcludeFreshAsync(Action<Ack> acknowledged)
    {
        var id = await _office.ScheduleAsync($"Crash Conclusion {_moments["conclusion"]}", admitReporters: false);
        await _office.Moderator.PostAsync($"/api/briefings/{id}/open");
        var turn = (await _office.Stenographer.PostAsync($"/api/briefings/{id}/turns", new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        for (var i = 0; i < 3; i++)
        {
            var token = Interlocked.Increment(ref _token);
            var seq = (await _office.Stenographer.PostAsync($"/api/briefings/{id}/turns/{turn}/paragraphs", new { text = $"Closing remark tok{token}." })).GetProperty("seq").GetInt64();
            _ledger.Add(new Ack("closing-" + _office.Stenographer.Name, id, seq, "paragraph", token));
        }
        var concluded = (await _office.Moderator.PostAsync($"/api/briefings/{id}/conclude?confirm=true")).GetProperty("seq").GetInt64();
        acknowledged(new Ack("closing-" + _office.Moderator.Name, id, concluded, "phase"));
        return id;
    }

    private async Task CheckLogAndResumeAsync()
    {
        var lastSeq = (await GetAsync(_office.Moderator, $"/api/briefings/{_briefing}")).GetProperty("lastSeq").GetInt64();
        var staffReplay = await ReplayAsync(_office.Moderator, _briefing, lastSeq);
        // The press stream leaves out staff-only events ("briefing"), so it ends at the last other one.
        var pressLast = staffReplay.LastOrDefault(e => e.Event != "briefing")?.Id ?? 0;
        var pressReplay = await ReplayAsync(_office.Reporters[0], _briefing, pressLast);
        _problems.AddRange(_ledger.Check(_briefing, staffReplay, lastSeq));
        _staffReader = await ResumeAsync(_staffReader, staffReplay, lastSeq, "staff");
        _pressReader = await ResumeAsync(_pressReader, pressReplay, pressLast, "press");
    }

    // The reader's live frames must equal the replay's; resumed after its last id it must get exactly the rest of the replay.
    private async Task<LiveConnection> ResumeAsync(LiveConnection reader, List<SseEvent> replay, long lastId, string audience)
    {
        await reader.DisposeAsync();
        var replayed = replay.ToDictionary(e => (e.Id, e.Event), e => e.Data);
        List<SseEvent> live;
        lock (reader.Events)
        {
            live = [.. reader.Events];
        }
        foreach (var frame in live.Where(f => replayed.GetValueOrDefault((f.Id, f.Event)) != f.Data))
        {
            _replayMismatches++;
            _problems.Add($"{audience} frame {frame.Id} {frame.Event} live: {frame.Data}; replayed: {replayed.GetValueOrDefault((frame.Id, frame.Event)) ?? "(absent)"}");
        }
        var from = reader.LastId;
        var resumed = await ConnectAsync(reader.Person, _briefing, from);
        await WaitForAsync(() => resumed.LastId >= lastId, TimeSpan.FromSeconds(20));
        List<SseEvent> got;
        lock (resumed.Events)
        {
            got = [.. resumed.Events];
        }
        var expected = replay.Where(e => e.Id > from).ToList();
        _resumeChecks++;
        if (!got.Select(e => (e.Id, e.Event, e.Data)).SequenceEqual(expected.Select(e => (e.Id, e.Event, e.Data))))
        {
            _resumeFailures++;
            _problems.Add($"{audience} resume after {from}: got {got.Count} messages ({Ids(got)}), expected {expected.Count} ({Ids(expected)})");
        }
        return resumed;
    }

    private async Task CheckPublishedOnceAsync(long id, Stopwatch ready)
    {
        _publicationChecks++;
        var published = await WaitForAsync(async () => (await GetAsync(_office.Moderator, $"/api/briefings/{id}/publication")).GetProperty("state").GetString() == "published", TimeSpan.FromSeconds(30));
        if (!published)
        {
            _publicationFailures++;
            _problems.Add($"briefing {id}: its conclusion was acknowledged before the crash, but it was not published within 30 s of the restart");
            return;
        }
        _publications.Add(ready.Elapsed.TotalSeconds);
        await Task.Delay(1500); // a second publisher, if there were one, has had its chance
        var versions = (await GetAsync(_office.Moderator, $"/api/briefings/{id}/publication")).GetProperty("versions").GetArrayLength();
        if (versions != 1)
        {
            _publicationFailures++;
            _problems.Add($"briefing {id}: published {versions} versions after one conclusion");
        }
        var lastSeq = (await GetAsync(_office.Moderator, $"/api/briefings/{id}")).GetProperty("lastSeq").GetInt64();
        _problems.AddRange(_ledger.Check(id, await ReplayAsync(_office.Moderator, id, lastSeq), lastSeq));
    }

    // Every briefing the list shows must read back whole, and so must every schedule acknowledged: the list holds only
    // the newest 200 (a busy scheduling round makes more), so an acknowledged one it leaves out is read by its id.
    private async Task CheckScheduledAsync()
    {
        var listed = (await GetAsync(_office.Moderator, "/api/briefings")).EnumerateArray().Select(b => b.GetProperty("id").GetInt64()).ToHashSet();
        foreach (var id in listed)
        {
            await CheckReadsWholeAsync(id, "is listed but");
        }
        long[] unlisted;
        lock (_scheduled)
        {
            unlisted = [.. _scheduled.Where(id => !listed.Contains(id))];
        }
        if (unlisted.Length > 0 && (listed.Count < ListLimit || unlisted.Max() > listed.Min()))
        {
            _broken += unlisted.Length; // the list had room, or holds older ones than these: it left them out for another reason
            _problems.AddRange(unlisted.Select(id => $"briefing {id} was acknowledged as scheduled but is not listed after the restart"));
        }
        foreach (var id in unlisted)
        {
            await CheckReadsWholeAsync(id, "was acknowledged as scheduled but");
        }
    }

    private const int ListLimit = 200; // GET /api/briefings: the newest 200

    private async Task CheckReadsWholeAsync(long id, string what)
    {
        using var response = await _office.Moderator.Http.GetAsync($"/api/briefings/{id}");
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !body.Contains("\"plan\"", StringComparison.Ordinal))
        {
            _broken++;
            _problems.Add($"briefing {id} {what} reads {(int)response.StatusCode}: {body[..Math.Min(body.Length, 200)]}");
        }
    }

    // The whole log as one audience reads it from the start, up to the given id.
    private static async Task<List<SseEvent>> ReplayAsync(Person person, long briefing, long lastId)
    {
        await using var replay = await ConnectAsync(person, briefing, null);
        await WaitForAsync(() => replay.LastId >= lastId, TimeSpan.FromSeconds(20));
        lock (replay.Events)
        {
            return [.. replay.Events];
        }
    }

    private static async Task<LiveConnection> ConnectAsync(Person person, long briefing, long? lastEventId)
    {
        var reader = new LiveConnection(person, keepData: true);
        await reader.ConnectAsync(briefing, lastEventId);
        return reader.Failure is null ? reader : throw new InvalidOperationException(reader.Failure);
    }

    /// <summary>Sends a command; its answer's JSON when acknowledged, null when refused or cut off by the crash.</summary>
    private static async Task<JsonElement?> TryAsync(Person person, HttpMethod method, string path, object? body, CancellationToken stop)
    {
        try
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await person.Http.SendAsync(request, stop);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Delay(1000, stop);
            }
            return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync(stop)).RootElement.Clone() : null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or JsonException)
        {
            await Delay(20, stop);
            return null;
        }
    }

    private static async Task<JsonElement> GetAsync(Person person, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return JsonDocument.Parse(await person.Http.GetStringAsync(path)).RootElement.Clone();
            }
            catch (HttpRequestException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task<bool> WaitForAsync(Func<bool> done, TimeSpan timeout) => await WaitForAsync(() => Task.FromResult(done()), timeout);

    private static async Task<bool> WaitForAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }
            await Task.Delay(20);
        }
        return true;
    }

    private static async Task Delay(int milliseconds, CancellationToken stop)
    {
        try
        {
            await Task.Delay(milliseconds, stop);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private static string Ids(List<SseEvent> events) => events.Count == 0 ? "none" : $"{events[0].Id}..{events[^1].Id}";

    private static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
