using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BriefingRoom.LoadTest;

namespace BriefingRoom.AudioBench;

/// <summary>
/// The listening clients as Python processes (listeners.py, Debian's python3-aiortc), a few clients each: a real WebRTC
/// peer connection per admitted reporter, joined through the real join route with that reporter's session, decoding
/// what the room sends. One asyncio thread reading 50 streams fell behind and its sockets overflowed.
/// </summary>
public sealed class Listeners : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";

    private readonly List<Shard> _shards = [];

    /// <summary>The Python processes, for the CPU and memory watch.</summary>
    public IReadOnlyList<int> Ids => [.. _shards.Select(s => s.Process.Id)];

    /// <summary>Starts one client per reporter, <paramref name="perProcess"/> to a process, and returns once every one of them has decoded the official's audio.</summary>
    public static async Task<Listeners> StartAsync(Uri server, long briefing, IReadOnlyList<Person> reporters, int perProcess, TimeSpan within)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: the listening clients need Debian's python3 and python3-aiortc");
        }
        var listeners = new Listeners();
        foreach (var chunk in reporters.Chunk(perProcess))
        {
            var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "listeners.py"), server.ToString(), briefing.ToString(CultureInfo.InvariantCulture)])
            {
                start.ArgumentList.Add(arg);
            }
            var shard = new Shard(Process.Start(start) ?? throw new InvalidOperationException("python3 did not start"));
            listeners._shards.Add(shard);
            foreach (var reporter in chunk)
            {
                await shard.Process.StandardInput.WriteLineAsync(reporter.CookieHeader);
            }
            await shard.Process.StandardInput.WriteLineAsync();
            await shard.Process.StandardInput.FlushAsync();
        }
        using var deadline = new CancellationTokenSource(within);
        try
        {
            await Task.WhenAll(listeners._shards.Select(s => s.LineAsync("receiving ", deadline.Token)));
        }
        catch (Exception e) when (e is OperationCanceledException or EndOfStreamException)
        {
            var said = string.Join(" | ", listeners._shards.SelectMany(s => s.Output));
            await listeners.DisposeAsync();
            throw new TimeoutException($"the {reporters.Count} aiortc listening clients did not all receive the official within {within.TotalSeconds:F0} s (they said: {said})");
        }
        return listeners;
    }

    /// <summary>Counting starts afresh now (the steady window's start).</summary>
    public Task MarkAsync() => Task.WhenAll(_shards.Select(s => s.SayAsync("mark")));

    /// <summary>RTP packets each client received and frames it decoded since the mark, and how many of them carried the official's tone, and whether it is still connected.</summary>
    public async Task<(int[] Packets, int[] Frames, int[] Loud, bool[] Connected)> StopAsync()
    {
        await Task.WhenAll(_shards.Select(s => s.SayAsync("stop")));
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var reports = await Task.WhenAll(_shards.Select(async s => JsonDocument.Parse(await s.LineAsync("{", deadline.Token)).RootElement));
        int[] Of(string name) => [.. reports.SelectMany(r => r.GetProperty(name).EnumerateArray()).Select(e => e.GetInt32())];
        return (Of("packets"), Of("frames"), Of("loud"), [.. reports.SelectMany(r => r.GetProperty("connected").EnumerateArray()).Select(e => e.GetBoolean())]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var shard in _shards)
        {
            await shard.DisposeAsync();
        }
    }

    // One listeners.py process and what it has printed.
    private sealed class Shard(Process process) : IAsyncDisposable
    {
        public Process Process { get; } = process;

        public List<string> Output { get; } = [];

        public async Task SayAsync(string line)
        {
            await Process.StandardInput.WriteLineAsync(line);
            await Process.StandardInput.FlushAsync();
        }

        public async Task<string> LineAsync(string prefix, CancellationToken cancel)
        {
            while (await Process.StandardOutput.ReadLineAsync(cancel) is { } line)
            {
                Output.Add(line);
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }
            throw new EndOfStreamException("listeners.py exited");
        }

        public async ValueTask DisposeAsync()
        {
            Process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await Process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                Process.Kill();
            }
            Process.Dispose();
        }
    }
}
