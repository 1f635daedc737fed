using System.Buffers.Binary;

namespace BriefingRoom.Server.Media;

/// <summary>The PCM layout of a WAV file: what a byte count means in seconds.</summary>
public sealed record WavFormat(int SampleRate, short Channels, short BitsPerSample)
{
    public int BlockAlign => Channels * BitsPerSample / 8;

    public int BytesPerSecond => SampleRate * BlockAlign;

    public TimeSpan Duration(long dataBytes) => TimeSpan.FromSeconds((double)dataBytes / BytesPerSecond);

    /// <summary>The whole frames in <paramref name="span"/> of audio, as bytes.</summary>
    public long Bytes(TimeSpan span) => Math.Max(0, (long)(span.TotalSeconds * SampleRate)) * BlockAlign;
}

/// <summary>
/// Reads the header of the WAV files AudioBridge records and writes correct ones. AudioBridge rewrites its sizes
/// only every few seconds and when it closes the file (and its data size counts the header too), so the audio is
/// taken to run from the data chunk to the end of the file, whatever the sizes say.
/// </summary>
public static class WavFile
{
    public const int HeaderBytes = 44;

    /// <summary>The format and where the samples start, or null when the file is not (yet) a PCM WAV.</summary>
    public static (WavFormat Format, long DataStart)? ReadHeader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> head = stackalloc byte[12];
        if (stream.ReadAtLeast(head, 12, throwOnEndOfStream: false) < 12 || !head[..4].SequenceEqual("RIFF"u8) || !head[8..12].SequenceEqual("WAVE"u8))
        {
            return null;
        }
        WavFormat? format = null;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> fmt = stackalloc byte[16];
        // A handful of chunks at most precede the samples; more is not a recording of ours.
        for (var i = 0; i < 8 && stream.ReadAtLeast(chunk, 8, throwOnEndOfStream: false) == 8; i++)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("data"u8))
            {
                return format is null ? null : (format, stream.Position);
            }
            if (chunk[..4].SequenceEqual("fmt "u8) && size >= 16 && stream.ReadAtLeast(fmt, 16, throwOnEndOfStream: false) == 16)
            {
                var pcm = BinaryPrimitives.ReadUInt16LittleEndian(fmt) == 1;
                var parsed = new WavFormat(BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]), BinaryPrimitives.ReadInt16LittleEndian(fmt[2..]), BinaryPrimitives.ReadInt16LittleEndian(fmt[14..]));
                format = pcm && parsed.SampleRate > 0 && parsed.BlockAlign > 0 ? parsed : null;
                size -= 16;
            }
            stream.Seek(size + (size & 1), SeekOrigin.Current);
        }
        return null;
    }

    /// <summary>A canonical 44-byte PCM header for <paramref name="dataBytes"/> of samples.</summary>
    public static byte[] Header(WavFormat format, long dataBytes)
    {
        ArgumentNullException.ThrowIfNull(format);
        var data = (uint)Math.Min(dataBytes, uint.MaxValue - 36);
        var header = new byte[HeaderBytes];
        var h = header.AsSpan();
        "RIFF"u8.CopyTo(h);
        BinaryPrimitives.WriteUInt32LittleEndian(h[4..], data + 36);
        "WAVEfmt "u8.CopyTo(h[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(h[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(h[22..], format.Channels);
        BinaryPrimitives.WriteInt32LittleEndian(h[24..], format.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(h[28..], format.BytesPerSecond);
        BinaryPrimitives.WriteInt16LittleEndian(h[32..], (short)format.BlockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(h[34..], format.BitsPerSample);
        "data"u8.CopyTo(h[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[40..], data);
        return header;
    }
}
