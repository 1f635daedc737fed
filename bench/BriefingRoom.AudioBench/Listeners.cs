using System.Diagnostics;
using System.Text.Json;
using BriefingRoom.LoadTest;

namespace BriefingRoom.AudioBench;

/// <summary>
/// The listening clients as one Python process (listeners.py, Debian's python3-aiortc): a real WebRTC peer connection
/// per admitted reporter, joined through the real join route with that reporter's session, decoding what the room sends.
/// </summary>
public sealed class Listeners : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";

    private readonly Process _process;
    private readonly List<string> _output = [];

    private Listeners(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Starts one client per reporter and returns once every one of them has decoded the official's audio.</summary>
    public static async Task<Listeners> StartAsync(Uri server, long briefing, IReadOnlyList<Person> reporters, TimeSpan within)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: the listening clients need Debian's python3 and python3-aiortc");
        }
        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "listeners.py"), server.ToString(), briefing.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(arg);
        }
        var listeners = new Listeners(Process.Start(start) ?? throw new InvalidOperationException("python3 did not start"));
        foreach (var reporter in reporters)
        {
            await listeners._process.StandardInput.WriteLineAsync(reporter.CookieHeader);
        }
        await listeners._process.StandardInput.WriteLineAsync();
        await listeners._process.StandardInput.FlushAsync();
        using var deadline = new CancellationTokenSource(within);
        try
        {
            await listeners.LineAsync("receiving ", deadline.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or EndOfStreamException)
        {
            await listeners.DisposeAsync();
            throw new TimeoutException($"the {reporters.Count} aiortc listening clients did not all receive the official within {within.TotalSeconds:F0} s (they said: {string.Join(" | ", listeners._output)})");
        }
        return listeners;
    }

    /// <summary>Counting starts afresh now (the steady window's start).</summary>
    public async Task MarkAsync()
    {
        await _process.StandardInput.WriteLineAsync("mark");
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>RTP packets each client received and frames it decoded since the mark, and how many of them carried the official's tone, and whether it is still connected.</summary>
    public async Task<(int[] Packets, int[] Frames, int[] Loud, bool[] Connected)> StopAsync()
    {
        await _process.StandardInput.WriteLineAsync("stop");
        await _process.StandardInput.FlushAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var report = JsonDocument.Parse(await LineAsync("{", deadline.Token)).RootElement;
        int[] Of(string name) => [.. report.GetProperty(name).EnumerateArray().Select(e => e.GetInt32())];
        return (Of("packets"), Of("frames"), Of("loud"), [.. report.GetProperty("connected").EnumerateArray().Select(e => e.GetBoolean())]);
    }

    private async Task<string> LineAsync(string prefix, CancellationToken cancel)
    {
        while (await _process.StandardOutput.ReadLineAsync(cancel) is { } line)
        {
            _output.Add(line);
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }
        throw new EndOfStreamException("listeners.py exited");
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }
        _process.Dispose();
    }
}
