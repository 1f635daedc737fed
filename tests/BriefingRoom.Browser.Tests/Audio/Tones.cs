using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests.Audio;

/// <summary>
/// The three people of an audio test each speak their own pure tone, and a listening page is asked which of them it
/// hears on its received audio (tones.js: an AnalyserNode's FFT, the peak near each tone's bin).
/// </summary>
public static class Tones
{
    public const int Official = 440;
    public const int ReporterA = 880;
    public const int ReporterB = 1320;
    public static readonly int[] All = [Official, ReporterA, ReporterB];

    /// <summary>A bin this loud (dBFS) is a tone that arrives: over loopback a tone of amplitude 0.4 peaks near -33 dB and the other tones' bins near -78 dB.</summary>
    public const double HeardAbove = -55;

    static readonly string Detector = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Audio", "tones.js"));

    /// <summary>Listens for the given time to the stream of the media element <paramref name="selector"/> and returns the peak of each tone.</summary>
    public static async Task<Heard> ListenAsync(IPage page, string selector, int milliseconds = 1200)
    {
        ArgumentNullException.ThrowIfNull(page);
        var answer = await page.EvaluateAsync<JsonElement>(Detector, new { selector, tones = All, milliseconds });
        if (answer.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException(error.GetString());
        }
        var peaks = answer.GetProperty("peaks").EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Number ? p.GetDouble() : double.NegativeInfinity).ToArray();
        return new Heard(All.Zip(peaks).ToDictionary(p => p.First, p => p.Second));
    }

    /// <summary>
    /// Listens until the page's hearing matches <paramref name="expected"/> (heard or not, per tone) or 10 s pass; a
    /// change in the room (a line opening) takes a moment to reach the ear. Fails with the last hearing.
    /// </summary>
    public static async Task<Heard> UntilAsync(IPage page, string selector, string what, params (int Tone, bool Heard)[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        Heard heard;
        do
        {
            heard = await ListenAsync(page, selector);
            if (expected.All(e => heard.Has(e.Tone) == e.Heard))
            {
                return heard;
            }
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"{what}: not within 10 s; last heard {heard}");
        return heard;
    }
}

/// <summary>The loudest bin near each tone, in dBFS.</summary>
public sealed record Heard(IReadOnlyDictionary<int, double> Peaks)
{
    public bool Has(int tone) => Peaks[tone] > Tones.HeardAbove;

    public override string ToString() =>
        string.Join(", ", Peaks.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} Hz {(double.IsNegativeInfinity(p.Value) ? "silent" : $"{p.Value:0} dB")}{(Has(p.Key) ? " (heard)" : "")}")));
}
