using System.Buffers.Binary;
using System.Globalization;

namespace BriefingRoom.Browser.Tests.Audio;

/// <summary>
/// A pure sine tone as a WAV file (48 kHz, mono, 16-bit PCM), the microphone of one person in an audio test: Chromium
/// plays it, looped, as its fake capture device. Two seconds hold a whole number of cycles of every tone used, so the
/// loop has no click that would smear energy into the other tones' bins.
/// </summary>
public static class ToneWav
{
    public const int SampleRate = 48_000;

    /// <summary>Writes the tone to a new file in the temporary folder and returns its path; the caller deletes it.</summary>
    public static string Write(double hertz, double seconds = 2, double amplitude = 0.4)
    {
        var samples = (int)(SampleRate * seconds);
        var bytes = new byte[44 + samples * 2];
        var span = bytes.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + samples * 2);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16); // size of the fmt chunk
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], SampleRate * 2); // bytes a second
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2); // bytes a frame
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16); // bits a sample
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], samples * 2);
        for (var i = 0; i < samples; i++)
        {
            var value = amplitude * Math.Sin(2 * Math.PI * hertz * i / SampleRate);
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + i * 2)..], (short)Math.Round(value * short.MaxValue));
        }
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"briefing-tone-{hertz}-{Guid.NewGuid():N}.wav"));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
