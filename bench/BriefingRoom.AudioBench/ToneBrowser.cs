using System.Globalization;
using BriefingRoom.Browser.Tests;
using BriefingRoom.Browser.Tests.Audio;
using BriefingRoom.LoadTest;
using Microsoft.Playwright;

namespace BriefingRoom.AudioBench;

/// <summary>Chromium's getStats() totals for received audio: seconds of jitter-buffer delay (and target) summed over emitted samples.</summary>
public sealed record JitterTotals(double Delay, double Target, double Emitted)
{
    /// <summary>The mean delay (ms) of the samples emitted between <paramref name="before"/> and this.</summary>
    public (double Delay, double Target) MeanSince(JitterTotals before) =>
        (1000 * (Delay - before.Delay) / (Emitted - before.Emitted), 1000 * (Target - before.Target) / (Emitted - before.Emitted));
}

/// <summary>
/// One headless Chromium whose microphone plays a tone of its own, signed in as one person; its processes (browser,
/// renderers, utilities) are found by a marker flag on the browser process, so their CPU and memory can be read.
/// </summary>
public sealed class ToneBrowser : IAsyncDisposable
{
    private readonly IBrowser _browser;
    private readonly string _wav;
    private readonly string _marker;

    private readonly Uri _server;

    private ToneBrowser(IBrowser browser, string wav, string marker, IPage page, Uri server) => (_browser, _wav, _marker, Page, _server) = (browser, wav, marker, page, server);

    /// <summary>One more page at <paramref name="path"/> in a context of its own (its own renderer process), signed in as nobody.</summary>
    public async Task<IPage> NewPageAsync(string path)
    {
        var context = await _browser.NewContextAsync(new() { BaseURL = _server.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public IPage Page { get; }

    // Before the page's own scripts: every peer connection the page makes is kept, so the bench can read its getStats().
    private const string KeepPeers = """
        (() => {
          const Native = window.RTCPeerConnection;
          if (!Native) { return; }
          const peers = window.briefingPeers = [];
          window.RTCPeerConnection = function (...args) { const pc = new Native(...args); peers.push(pc); return pc; };
          window.RTCPeerConnection.prototype = Native.prototype;
        })();
        """;

    // The receiving side of the page's newest connected peer: Chromium's jitter buffer totals (seconds, summed over emitted samples).
    private const string ReceiverTotals = """
        async () => {
          const pc = (window.briefingPeers || []).filter(p => p.connectionState === 'connected').pop();
          if (!pc) { return null; }
          let r = null;
          (await pc.getStats()).forEach(s => { if (s.type === 'inbound-rtp' && s.kind === 'audio') { r = s; } });
          return r && { delay: r.jitterBufferDelay, target: r.jitterBufferTargetDelay, emitted: r.jitterBufferEmittedCount };
        }
        """;

    /// <summary>Chromium's jitter buffer totals for the page's received audio (null when it receives none).</summary>
    public async Task<JitterTotals?> JitterAsync() =>
        await Page.EvaluateAsync<System.Text.Json.JsonElement>(ReceiverTotals) is { ValueKind: System.Text.Json.JsonValueKind.Object } r
            ? new JitterTotals(r.GetProperty("delay").GetDouble(), r.GetProperty("target").GetDouble(), r.GetProperty("emitted").GetDouble())
            : null;

    public static async Task<ToneBrowser> LaunchAsync(IPlaywright playwright, string chromium, int tone, string name, Uri server, string email, string path)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var wav = ToneWav.Write(tone);
        // An unknown switch Chromium ignores; only the browser process carries it, its children descend from it.
        var marker = string.Create(CultureInfo.InvariantCulture, $"--briefing-audio-bench={name}-{Environment.ProcessId}");
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = [.. ChromiumFlags.Headless, .. ChromiumFlags.Microphone(wav), marker] });
        var context = await browser.NewContextAsync(new() { BaseURL = server.ToString() });
        await context.AddInitScriptAsync(KeepPeers);
        var signedIn = await context.APIRequest.PostAsync("/api/session", new() { DataObject = new { email, password = LoadOffice.Password } });
        if (!signedIn.Ok)
        {
            throw new InvalidOperationException($"{email} could not sign in: {signedIn.Status} {await signedIn.TextAsync()}");
        }
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return new ToneBrowser(browser, wav, marker, page, server);
    }

    /// <summary>The browser process and every process below it.</summary>
    public IReadOnlyList<int> Processes()
    {
        var all = Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(d => d!.All(char.IsAsciiDigit)).Select(d => int.Parse(d!, CultureInfo.InvariantCulture)).ToList();
        var root = all.FirstOrDefault(pid => Read(() => File.ReadAllText($"/proc/{pid}/cmdline"), "").Split('\0').Contains(_marker));
        if (root == 0)
        {
            return [];
        }
        var parents = all.ToDictionary(pid => pid, pid => Read(() => ProcStat.Parent(pid), 0));
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        }
        return tree;
    }

    // A process may end between the listing and the read.
    internal static T Read<T>(Func<T> read, T gone)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return gone;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        File.Delete(_wav);
    }
}
