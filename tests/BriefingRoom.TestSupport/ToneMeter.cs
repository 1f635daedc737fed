using BriefingRoom.Server.Media;

namespace BriefingRoom.TestSupport;

/// <summary>
/// Listens to a recording as a test would: the 16-bit PCM samples of a WAV (a call's recording or a replayed slice),
/// and how strong one frequency is in a stretch of them (Goertzel), so a test can tell which tones a mix holds —
/// the official's 440 Hz, and not a muted reporter's 880 Hz.
/// </summary>
public sealed class ToneMeter
{
    private readonly short[] _samples;

    private ToneMeter(WavFormat format, short[] samples)
    {
        Format = format;
        _samples = samples;
    }

    public WavFormat Format { get; }

    /// <summary>How long the recording is.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds((double)_samples.Length / Format.SampleRate);

    public static ToneMeter Read(string path) => Read(File.ReadAllBytes(path));

    /// <summary>A WAV of 16-bit PCM; a stereo one is heard through its first channel.</summary>
    public static ToneMeter Read(byte[] wav)
    {
        ArgumentNullException.ThrowIfNull(wav);
        using var stream = new MemoryStream(wav, writable: false);
        var (format, dataStart) = WavFile.ReadHeader(stream) ?? throw new InvalidDataException("not a PCM WAV file");
        if (format.BitsPerSample != 16)
        {
            throw new InvalidDataException($"{format.BitsPerSample}-bit samples; the meter reads 16-bit PCM");
        }
        var frames = (wav.Length - (int)dataStart) / format.BlockAlign;
        var samples = new short[frames];
        for (var i = 0; i < frames; i++)
        {
            samples[i] = BitConverter.ToInt16(wav, (int)dataStart + (i * format.BlockAlign));
        }
        return new ToneMeter(format, samples);
    }

    /// <summary>
    /// The power of <paramref name="hertz"/> from <paramref name="from"/> for <paramref name="length"/> as a share of the
    /// stretch's whole power (0 for silence or other tones, near 1 for a pure tone at that frequency), whatever the level.
    /// Measured in 50 ms blocks (a whole number of cycles of 440, 880 and 1320 Hz), so the phase jumps a mixer makes when
    /// it drops or conceals a packet do not cancel the tone out.
    /// </summary>
    public double Share(double hertz, TimeSpan from, TimeSpan length)
    {
        var (start, count) = Stretch(from, length);
        var block = Format.SampleRate / 20;
        double tone = 0, total = 0;
        for (var at = start; at + block <= start + count; at += block)
        {
            // A tone's Goertzel power over N samples is N/2 times its energy: this scales it to a share of the energy.
            tone += Goertzel(hertz, at, block) * 2 / block;
            for (var i = at; i < at + block; i++)
            {
                total += (double)_samples[i] * _samples[i];
            }
        }
        return total == 0 ? 0 : tone / total;
    }

    /// <summary>The root mean square of the samples in the stretch, from 0 to 32767: is anything there at all.</summary>
    public double Level(TimeSpan from, TimeSpan length)
    {
        var (start, count) = Stretch(from, length);
        double total = 0;
        for (var i = start; i < start + count; i++)
        {
            total += (double)_samples[i] * _samples[i];
        }
        return count == 0 ? 0 : Math.Sqrt(total / count);
    }

    private double Goertzel(double hertz, int start, int count)
    {
        var coefficient = 2 * Math.Cos(2 * Math.PI * hertz / Format.SampleRate);
        double previous = 0, beforePrevious = 0;
        for (var i = start; i < start + count; i++)
        {
            var current = _samples[i] + (coefficient * previous) - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        return (previous * previous) + (beforePrevious * beforePrevious) - (coefficient * previous * beforePrevious);
    }

    private (int Start, int Count) Stretch(TimeSpan from, TimeSpan length)
    {
        var start = Math.Clamp((int)(from.TotalSeconds * Format.SampleRate), 0, _samples.Length);
        var end = Math.Clamp((int)((from + length).TotalSeconds * Format.SampleRate), start, _samples.Length);
        return (start, end - start);
    }
}
