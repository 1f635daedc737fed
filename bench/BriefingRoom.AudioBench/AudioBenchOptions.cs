using System.Globalization;

namespace BriefingRoom.AudioBench;

/// <summary>What one audio benchmark run does; the defaults are issue 13's figures and fit a 2-core machine in a few minutes.</summary>
public sealed record AudioBenchOptions
{
    public const string Usage = """
        usage: BriefingRoom.AudioBench --server PATH/briefing [--url http://127.0.0.1:5102] [--chromium /usr/bin/chromium]
               [--repeats 20] [--listeners 50] [--seconds 60] [--crowd aiortc|chromium] [--per-process 10]
        """;

    /// <summary>The published <c>briefing</c> executable, started in a temp dir of its own with its own Janus.</summary>
    public string Server { get; init; } = "";

    public string Url { get; init; } = "http://127.0.0.1:5102";

    public string Chromium { get; init; } = Environment.GetEnvironmentVariable("BRIEFING_TEST_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";

    /// <summary>Samples of join → first audio, and of each of open → audible and close → inaudible.</summary>
    public int Repeats { get; init; } = 20;

    /// <summary>Listening clients during the steady window (see <see cref="Crowd"/>).</summary>
    public int Listeners { get; init; } = 50;

    public int Seconds { get; init; } = 60;

    /// <summary>Who the listening clients are: aiortc peer connections in one Python process, or crowd.js pages in one Chromium (stalls past ~25 here).</summary>
    public string Crowd { get; init; } = "aiortc";

    /// <summary>aiortc listening clients to one Python process: one asyncio thread falls behind well before 50 streams.</summary>
    public int PerProcess { get; init; } = 10;

    public static AudioBenchOptions Parse(string[] args)
    {
        var o = new AudioBenchOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--server" => o with { Server = value },
                "--url" => o with { Url = value.TrimEnd('/') },
                "--chromium" => o with { Chromium = value },
                "--repeats" => o with { Repeats = Positive(args[i], value) },
                "--listeners" => o with { Listeners = Positive(args[i], value) },
                "--seconds" => o with { Seconds = Positive(args[i], value) },
                "--per-process" => o with { PerProcess = Positive(args[i], value) },
                "--crowd" => o with { Crowd = value is "aiortc" or "chromium" ? value : throw new ArgumentException($"--crowd wants aiortc or chromium, not '{value}'") },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        if (!File.Exists(o.Server))
        {
            throw new ArgumentException(o.Server.Length == 0 ? "--server is required (dotnet publish -c Release src/BriefingRoom.Server -o DIR)" : $"--server {o.Server}: no such file");
        }
        return File.Exists(o.Chromium) ? o : throw new ArgumentException($"--chromium {o.Chromium}: no such file");
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} wants a whole number above 0, not '{value}'");
}
