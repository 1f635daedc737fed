using Microsoft.Playwright;

namespace BriefingRoom.AudioBench;

/// <summary>
/// ear.js in one listening page: which tones its #audio-out plays, polled every <see cref="Every"/> ms, with the page-clock
/// moment each became heard or silent, and the moments "Join audio" was clicked.
/// </summary>
public sealed class Ear
{
    /// <summary>FFT of 1024 samples: a 21.3 ms window at 48 kHz, 46.9 Hz a bin (the tones are 440 Hz apart).</summary>
    public const int FftSize = 1024;

    public const int Every = 10;

    /// <summary>A change counts once this many polls in a row agree; its moment is the first of them.</summary>
    public const int Settle = 3;

    /// <summary>dBFS, as tests/BriefingRoom.Browser.Tests/Audio/Tones.cs: a tone that arrives peaks far above, the others' bins far below.</summary>
    public const double HeardAbove = -55;

    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ear.js"));

    private Ear(IPage page) => Page = page;

    public IPage Page { get; }

    public static async Task<Ear> InstallAsync(IPage page, params int[] tones)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EvaluateAsync(Script, new { selector = "#audio-out", tones, threshold = HeardAbove, fftSize = FftSize, every = Every, settle = Settle });
        return new Ear(page);
    }

    /// <summary>The page-clock moment at or after <paramref name="after"/> that <paramref name="tone"/> became heard (or silent); null after the timeout.</summary>
    public async Task<double?> WaitForAsync(int tone, bool heard, double after, int timeoutMs = 10_000) =>
        await Page.EvaluateAsync<double?>("([tone, heard, after, timeout]) => window.briefingEar.waitFor(tone, heard, after, timeout)", new object[] { tone, heard, after, timeoutMs });

    public async Task<bool> HearsAsync(int tone) => await Page.EvaluateAsync<bool>("tone => window.briefingEar.isHeard(tone)", tone);

    /// <summary>The page-clock moment of the latest click on "Join audio".</summary>
    public async Task<double> LastJoinClickAsync() => await Page.EvaluateAsync<double>("() => window.briefingEar.clicks[window.briefingEar.clicks.length - 1]");

    /// <summary>Each poll's page-clock moment and the level (dBFS) of <paramref name="tone"/> between two page-clock moments.</summary>
    public async Task<double[][]> LevelsAsync(int tone, double from, double to) =>
        await Page.EvaluateAsync<double[][]>("([tone, from, to]) => window.briefingEar.levels(tone, from, to)", new object[] { tone, from, to });

    /// <summary>The gaps between polls so far (ms): the timer's real resolution under this machine's load.</summary>
    public async Task<double[]> PollGapsAsync() => await Page.EvaluateAsync<double[]>("() => window.briefingEar.gaps");
}
