using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json;
using BriefingRoom.AudioBench;
using BriefingRoom.LoadTest;
using Microsoft.Playwright;

// Measures a call's audio on a real `briefing serve` with its own Janus and real headless Chromium, over loopback
// (docs/PERFORMANCE.md, "Call audio"): join → first audio heard, open/close line → audible/inaudible, and the CPU and
// memory of Janus, the server and Chromium with one speaker and N listening clients.
AudioBenchOptions options;
try
{
    options = AudioBenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(AudioBenchOptions.Usage);
    return 2;
}

const int Official = 440, ReporterA = 880, ReporterB = 1320, CrowdTone = 1760;
var started = PageClock.Now();
Console.WriteLine($"audio bench {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {Report.LoadAverage()}, {Environment.ProcessorCount} cores");
var server = await ServerProcess.StartAsync(options.Server, options.Url, null);
var browsers = new List<ToneBrowser>();
Listeners? listeners = null;
using var stopping = new CancellationTokenSource();
// Ctrl+C ends the runs early with what they have; SIGTERM, or a run past its time limit, ends at once. Either way the
// server goes with its Janus (its process tree); Chromium goes with Playwright's driver, which exits with this process.
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
void Abandon(string why)
{
    Console.Error.WriteLine($"audio bench: {why}; stopping the server, its Janus and Chromium");
    listeners?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    server.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
using var terminated = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Abandon("terminated"));
var limit = TimeSpan.FromMinutes(8) + TimeSpan.FromSeconds(options.Seconds + 10 * options.Repeats);
_ = Task.Delay(limit).ContinueWith(_ =>
{
    Abandon($"not done within {limit.TotalMinutes:F0} minutes");
    Environment.Exit(3);
}, TaskScheduler.Default);
try
{
    var linesLog = new List<(double At, string Line)>();
    server.Output += line =>
    {
        if (line.Contains("follow the log:", StringComparison.Ordinal))
        {
            lock (linesLog)
            {
                linesLog.Add((PageClock.Now(), line));
            }
        }
    };
    var uri = new Uri(options.Url);
    using var office = await LoadOffice.CreateAsync(uri, server.AdminPassword, options.Listeners + 2, 8);
    // Two operators take turns: the queue's limit is 30 actions a minute per account.
    Person[] operators = [await office.StaffAsync("operator1", 3, "operator"), await office.StaffAsync("operator2", 4, "operator")];
    var room = await office.StaffAsync("room", 5, "moderator", "operator");
    var id = await office.ScheduleAsync("Background Press Call on Audio Latency", admitReporters: true);
    await room.PostAsync($"/api/briefings/{id}/open");
    await UntilAsync("the server's Janus coming on", async () => (await room.Http.GetFromJsonAsync<JsonElement>("/api/media")).GetProperty("on").GetBoolean());
    var janus = JanusOf(server.Id) ?? throw new InvalidOperationException("the server is on audio but has no janus child process");
    Console.WriteLine($"setup {(PageClock.Now() - started) / 1000:F1} s: server pid {server.Id}, janus pid {janus}, briefing {id}, {options.Listeners + 2} reporters admitted");

    using var playwright = await Playwright.CreateAsync();
    async Task<ToneBrowser> LaunchAsync(int tone, string name, Person who, string path)
    {
        var browser = await ToneBrowser.LaunchAsync(playwright, options.Chromium, tone, name, uri, who.Email, path);
        browsers.Add(browser);
        return browser;
    }

    // The official's side speaks from the control room (staff speak unless muted); reporter A will ask a question.
    var speaker = await LaunchAsync(Official, "speaker", room, $"/staff/briefings/{id}");
    await JoinAsync(speaker.Page, "You are in the call’s audio: everyone in it hears you.");
    var reporterA = await LaunchAsync(ReporterA, "reporter-a", office.Reporters[0], $"/briefings/{id}");
    await JoinAsync(reporterA.Page, "Listening. Your microphone is muted until the operator opens your line.");
    var listener = await LaunchAsync(ReporterB, "listener", office.Reporters[1], $"/briefings/{id}");
    var ear = await Ear.InstallAsync(listener.Page, Official, ReporterA, ReporterB);

    // (a) Join → first audio: both ends on the listener's own page clock (the click's capture listener, the ear).
    var joins = new List<double>();
    for (var i = 0; i < options.Repeats && !stopping.IsCancellationRequested; i++)
    {
        await listener.Page.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).ClickAsync();
        var clicked = await ear.LastJoinClickAsync();
        var heard = await ear.WaitForAsync(Official, true, clicked) ?? throw new TimeoutException($"join {i + 1}: the official was not heard within 10 s");
        joins.Add(heard - clicked);
        if (i < options.Repeats - 1)
        {
            await listener.Page.GetByRole(AriaRole.Button, new() { Name = "Leave audio" }).ClickAsync();
            await UntilAsync("the listener's page leaving", async () => !await ear.HearsAsync(Official));
            await Task.Delay(1000); // the leave's DELETE is sent without waiting; let it land before joining again
        }
    }
    await UntilAsync("the listener hearing the official", () => ear.HearsAsync(Official));

    // (b) Open line → A audible at the listener, close → inaudible: the operator's request on the bench's clock, the ear's moment mapped onto it.
    var clock = await PageClock.OfAsync(listener.Page);
    var jitterBefore = await listener.JitterAsync();
    var opens = new List<(double Audible, double Answered, double? Janus)>();
    var closes = new List<(double Inaudible, double Answered, double? Janus)>();
    for (var i = 0; i < options.Repeats && !stopping.IsCancellationRequested; i++)
    {
        var raised = await reporterA.Page.Context.APIRequest.PostAsync($"/api/briefings/{id}/queue");
        var entry = JsonDocument.Parse(await raised.TextAsync()).RootElement.GetProperty("entryId").GetString();
        var op = operators[i % operators.Length];
        if (await ear.HearsAsync(ReporterA))
        {
            throw new InvalidOperationException($"cycle {i + 1}: reporter A is heard before the line is open");
        }
        var sent = PageClock.Now();
        await op.PostAsync($"/api/briefings/{id}/line", new { entryId = entry });
        var answered = PageClock.Now();
        var audible = await ear.WaitForAsync(ReporterA, true, clock.ToPage(sent)) ?? throw new TimeoutException($"cycle {i + 1}: reporter A not heard within 10 s of the open line");
        opens.Add((clock.ToBench(audible) - sent, answered - sent, await LoggedAfterAsync(linesLog, sent) - sent));
        if (i == options.Repeats - 1)
        {
            await PrintLevelsAsync(ear, ReporterA, clock, sent, "last open");
        }
        await Task.Delay(500);
        sent = PageClock.Now();
        await op.DeleteAsync($"/api/briefings/{id}/line");
        answered = PageClock.Now();
        var inaudible = await ear.WaitForAsync(ReporterA, false, clock.ToPage(sent)) ?? throw new TimeoutException($"cycle {i + 1}: reporter A still heard 10 s after the line closed");
        closes.Add((clock.ToBench(inaudible) - sent, answered - sent, await LoggedAfterAsync(linesLog, sent) - sent));
        if (i == options.Repeats - 1)
        {
            await PrintLevelsAsync(ear, ReporterA, clock, sent, "last close");
        }
        await Task.Delay(300);
    }
    var gaps = Distribution.Of(await ear.PollGapsAsync());
    var jitter = jitterBefore is not null && await listener.JitterAsync() is { } jitterAfter ? jitterAfter.MeanSince(jitterBefore) : (double.NaN, double.NaN);
    var after = await PageClock.OfAsync(listener.Page);

    Console.WriteLine();
    Console.WriteLine($"latency (ms; page clock tied to the bench's within ±{clock.Error:F2} ms, drift over the runs {after.Offset - clock.Offset:F2} ms;");
    Console.WriteLine($"  ear polls every {Ear.Every} ms: gaps p50 {gaps.P50:F1} p99 {gaps.P99:F1} max {gaps.Max:F1}; FFT window {Ear.FftSize * 1000.0 / 48000:F1} ms; a change counts after {Ear.Settle} polls, at the first)");
    Console.WriteLine($"{"",-46}{"n",6}{"p50",9}{"p95",9}{"max",9}");
    Row("join clicked → official heard", joins);
    Row("open line sent → operator's answer", opens.Select(o => o.Answered));
    Row("open line sent → Janus unmuted (server log)", opens.Select(o => o.Janus ?? double.NaN));
    Row("open line sent → reporter A heard", opens.Select(o => o.Audible));
    Row("close line sent → operator's answer", closes.Select(o => o.Answered));
    Row("close line sent → Janus muted (server log)", closes.Select(o => o.Janus ?? double.NaN));
    Row("close line sent → reporter A silent", closes.Select(o => o.Inaudible));
    Console.WriteLine($"  the listener's Chromium held received audio {jitter.Item1:F1} ms in its jitter buffer on average during the line runs (target {jitter.Item2:F1} ms)");
    Console.WriteLine($"  each run: {string.Join(" ", opens.Select(o => o.Audible.ToString("F0", CultureInfo.InvariantCulture)))} (open) / {string.Join(" ", closes.Select(o => o.Inaudible.ToString("F0", CultureInfo.InvariantCulture)))} (close)");

    // (c) Steady: the official speaking, N listening clients, nobody else in the room.
    foreach (var page in new[] { reporterA.Page, listener.Page })
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Leave audio" }).ClickAsync();
    }
    var reporters = office.Reporters.Skip(2).Take(options.Listeners).ToList();
    var joinStart = PageClock.Now();
    Crowd? crowd = null;
    ToneBrowser? crowdBrowser = null;
    if (options.Crowd == "chromium")
    {
        crowdBrowser = await LaunchAsync(CrowdTone, "crowd", office.Reporters[2], "/");
        crowd = await Crowd.InstallAsync(crowdBrowser, options.Listeners);
        await crowd.JoinAsync(id, reporters);
        await UntilAsync("every listening client connected", async () => (await crowd.StatesAsync()).All(s => s == "connected"), seconds: 60);
    }
    else
    {
        listeners = await Listeners.StartAsync(uri, id, reporters, options.PerProcess, TimeSpan.FromSeconds(120));
    }
    var joinedIn = (PageClock.Now() - joinStart) / 1000;
    await Task.Delay(5000); // past the joins' own work
    var hearingAtStart = crowd is null ? options.Listeners : await crowd.HearingAsync(Official);
    Watched[] watched =
    [
        new("janus", () => [janus], tree: false),
        new("briefing serve", () => [server.Id], tree: false),
        crowdBrowser is null
            ? new($"aiortc, {options.Listeners} listening clients", () => listeners!.Ids, tree: false)
            : new($"chromium, {options.Listeners} listening clients", crowdBrowser.Processes, tree: true),
        new("chromium, the speaker", speaker.Processes, tree: true),
        new("chromium, reporters A and B (idle)", () => [.. reporterA.Processes(), .. listener.Processes()], tree: true),
    ];
    var loadStart = Report.LoadAverage();
    if (listeners is not null)
    {
        await listeners.MarkAsync();
    }
    var windowStart = PageClock.Now();
    var dropsAtStart = UdpDrops.Read();
    foreach (var w in watched)
    {
        w.Start();
    }
    for (var s = 0; s < options.Seconds && !stopping.IsCancellationRequested; s++)
    {
        foreach (var w in watched)
        {
            w.Sample();
        }
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, windowStart + (s + 1) * 1000 - PageClock.Now())));
    }
    foreach (var w in watched)
    {
        w.Stop();
    }
    var windowSeconds = (PageClock.Now() - windowStart) / 1000;
    var drops = UdpDrops.Read() - dropsAtStart;
    var loadEnd = Report.LoadAverage();
    int hearingAtEnd;
    Console.WriteLine();
    if (crowd is not null)
    {
        hearingAtEnd = await crowd.HearingAsync(Official);
        var states = await crowd.StatesAsync();
        Console.WriteLine($"steady {windowSeconds:F1} s: 1 speaker, {options.Listeners} listening clients in {crowd.Pages} pages of one Chromium (joined in {joinedIn:F1} s; at the end: {string.Join(", ", states.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"))});");
        Console.WriteLine($"  hearing the official: {hearingAtStart}/{options.Listeners} before, {hearingAtEnd}/{options.Listeners} after; load average {loadStart} → {loadEnd}");
    }
    else
    {
        var (packets, frames, loud, connected) = await listeners!.StopAsync();
        var perClient = Distribution.Of(frames.Select(f => (double)f));
        hearingAtEnd = loud.Where((l, i) => l > 0 && connected[i]).Count(); // heard in the window and still connected at its end
        Console.WriteLine($"steady {windowSeconds:F1} s: 1 speaker, {options.Listeners} aiortc listening clients in {listeners.Ids.Count} Python processes of up to {options.PerProcess} (all receiving in {joinedIn:F1} s; {connected.Count(c => c)} connected at the end);");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  a client in the window ({windowSeconds * 50:F0} packets of 20 ms sent): RTP packets received {packets.Min()}–{packets.Max()}, frames decoded min {frames.Min()} p50 {perClient.P50:F0} max {perClient.Max:F0}; frames with the official's tone {loud.Min()}–{loud.Max()} a client; {hearingAtEnd}/{options.Listeners} clients heard it and were still connected at the end; load average {loadStart} → {loadEnd}"));
    }
    // Janus sends every listener every packet; what a receiver on this machine could not take in time the kernel counts here.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  UDP datagrams the kernel dropped at a full receive buffer during the window (whole machine): {drops}"));
    Console.WriteLine(Watched.Header);
    foreach (var w in watched)
    {
        Console.WriteLine(w.Row(windowSeconds));
    }
    Console.WriteLine($"  (% core: of one core; % all: of all {Environment.ProcessorCount}; mem: mean and max of 1 s samples, VmRSS for one process, summed Pss for Chromium's tree)");
    Console.WriteLine($"total {(PageClock.Now() - started) / 1000:F0} s");
    return hearingAtStart == options.Listeners && hearingAtEnd == options.Listeners ? 0 : 1;
}
finally
{
    if (listeners is not null)
    {
        await listeners.DisposeAsync();
    }
    foreach (var browser in browsers)
    {
        await browser.DisposeAsync();
    }
    await server.DisposeAsync();
}

static void Row(string name, IEnumerable<double> samples)
{
    var d = Distribution.Of(samples.Where(double.IsFinite));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-46}{d.Count,6}{d.P50,9:F1}{d.P95,9:F1}{d.Max,9:F1}"));
}

// How reporter A's tone arrived at the listener, poll by poll: ms after the request was sent, and dBFS.
static async Task PrintLevelsAsync(Ear ear, int tone, PageClock clock, double sent, string what)
{
    var levels = await ear.LevelsAsync(tone, clock.ToPage(sent), clock.ToPage(sent + 500));
    Console.WriteLine($"  {what}, {tone} Hz at the listener (ms after sent: dBFS): " + string.Join(" ", levels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{clock.ToBench(l[0]) - sent:F0}:{l[1]:F0}"))));
}

static async Task JoinAsync(IPage page, string state)
{
    await page.GetByRole(AriaRole.Button, new() { Name = "Join audio" }).ClickAsync();
    await Assertions.Expect(page.Locator("#audio-state")).ToHaveTextAsync(state, new() { Timeout = 15_000 });
}

static async Task UntilAsync(string what, Func<Task<bool>> done, int seconds = 20)
{
    var deadline = DateTime.UtcNow.AddSeconds(seconds);
    while (!await done())
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"{what} did not happen within {seconds} s");
        }
        await Task.Delay(20);
    }
}

// The moment the server logged the first line change after `since`: it logs once Janus has answered the mute or unmute.
static async Task<double?> LoggedAfterAsync(List<(double At, string Line)> log, double since)
{
    for (var wait = 0; wait < 50; wait++)
    {
        lock (log)
        {
            if (log.FirstOrDefault(l => l.At > since) is { Line: not null } hit)
            {
                return hit.At;
            }
        }
        await Task.Delay(20);
    }
    return null;
}

static int? JanusOf(int server) =>
    Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(d => d!.All(char.IsAsciiDigit)).Select(d => int.Parse(d!, CultureInfo.InvariantCulture))
        .Where(pid => ToneBrowser.Read(() => File.ReadAllText($"/proc/{pid}/comm").Trim() == "janus" && ProcStat.Parent(pid) == server, false))
        .Cast<int?>().FirstOrDefault();
