using System.Globalization;
using BriefingRoom.Server.Hosting;
using Microsoft.Data.Sqlite;

namespace BriefingRoom.Server.Media;

/// <summary>A part of a call's recording as AudioBridge wrote it: one per room Janus held for the call, from <see cref="Start"/>.</summary>
public sealed record RecordingSegment(string Path, DateTimeOffset Start);

/// <summary>A call's recording after the call: one WAV from <see cref="Start"/>, the instant its turns' offsets count from.</summary>
public sealed record FinishedRecording(string Path, DateTimeOffset Start, long Bytes);

/// <summary>
/// The staff-only folder of call recordings, one folder per briefing readable by this user alone. While the call is
/// live AudioBridge writes <c>segment-{start}.wav</c> (a new one each time Janus re-creates the room); after it,
/// <see cref="Finish"/> joins them, with silence for any time Janus was down, into <c>recording-{start}.wav</c>. The
/// start instants are in the names, so what a turn's offset counts from survives any restart with the file itself.
/// </summary>
public sealed class RecordingStore(ServerOptions options)
{
    private const string SegmentPrefix = "segment-";
    private const string FinishedPrefix = "recording-";
    private const string Extension = ".wav";
    private const string StartExtension = ".start";
    // A Janus down for longer than this is not padded with hours of silence; the parts are joined closer.
    private static readonly TimeSpan LongestGap = TimeSpan.FromHours(1);

    public string Root { get; } = options.Recordings ?? DefaultRoot(options);

    /// <summary>Why calls are not recorded (a media server elsewhere with no shared folder given), or null when they are.</summary>
    public string? Off { get; } = options.Media.Server is not null && options.Recordings is null
        ? "Calls are not recorded: the media server runs on another machine, and no folder both share was given with --recordings."
        : null;

    public string FolderOf(long briefing) => Path.Combine(Root, briefing.ToString(CultureInfo.InvariantCulture));

    /// <summary>Creates the briefing's folder (and the root) for this user only, and names the segment a room created at <paramref name="start"/> records into.</summary>
    public (string Folder, string File) NewSegment(long briefing, DateTimeOffset start)
    {
        var folder = FolderOf(briefing);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return (folder, Name(SegmentPrefix, start));
    }

    /// <summary>The segments of the call's recording still to be joined, oldest first, each from its first audio where that was measured.</summary>
    public IReadOnlyList<RecordingSegment> Segments(long briefing) =>
        [.. Files(briefing, SegmentPrefix).Select(f => new RecordingSegment(f.Path, MeasuredStart(f.Path) ?? f.Start)).OrderBy(s => s.Start)];

    /// <summary>
    /// Notes when the newest segment's audio really began: AudioBridge writes nothing until someone is in the room, so
    /// the room's creation (in the name) can be early by the time the first one took to join. Measured as now less the
    /// audio written so far; kept beside the segment so it outlives a restart too.
    /// </summary>
    public void MeasureStart(long briefing, DateTimeOffset now)
    {
        if (Files(briefing, SegmentPrefix).OrderBy(f => f.Start).LastOrDefault() is not { Path: { } path } || File.Exists(path + StartExtension))
        {
            return;
        }
        using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            var written = WavFile.ReadHeader(input) is var (format, dataStart) ? format.Duration(input.Length - dataStart) : TimeSpan.Zero;
            File.WriteAllText(path + StartExtension + ".part", (now - written).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        }
        File.Move(path + StartExtension + ".part", path + StartExtension, overwrite: true);
    }

    public FinishedRecording? Finished(long briefing) =>
        Files(briefing, FinishedPrefix).Select(f => new FinishedRecording(f.Path, f.Start, new FileInfo(f.Path).Length)).FirstOrDefault();

    /// <summary>The instant the recording starts, which the turns' offsets count from; null while nothing was recorded.</summary>
    public DateTimeOffset? StartOf(long briefing) => Finished(briefing)?.Start ?? (Segments(briefing) is [var first, ..] ? first.Start : null);

    /// <summary>The briefings with segments not yet joined, for the start of a server that stopped before finishing them.</summary>
    public IEnumerable<long> Unfinished() => !Directory.Exists(Root) ? [] :
        Directory.EnumerateDirectories(Root)
            .Select(d => long.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0 && Segments(id).Count > 0);

    /// <summary>
    /// Joins the call's segments into one WAV with a correct header, written beside them and renamed into place only when
    /// complete and flushed to disk; the segments are deleted after. Returns the recording, or null when nothing was recorded.
    /// </summary>
    public FinishedRecording? Finish(long briefing)
    {
        var segments = Segments(briefing);
        var finished = Finished(briefing);
        if (segments.Count > 0 && finished is null)
        {
            var start = segments[0].Start;
            var path = Path.Combine(FolderOf(briefing), Name(FinishedPrefix, start));
            if (Join(segments, start, path + ".part") is not null)
            {
                File.Move(path + ".part", path, overwrite: true);
            }
            finished = Finished(briefing);
        }
        // Deleted only once the whole recording is in place (or after a stop between the rename and here).
        foreach (var segment in segments)
        {
            File.Delete(segment.Path);
            File.Delete(segment.Path + StartExtension);
        }
        return finished;
    }

    private static WavFormat? Join(IReadOnlyList<RecordingSegment> segments, DateTimeOffset start, string part)
    {
        WavFormat? format = null;
        long written = 0;
        using (var output = new FileStream(part, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            output.Write(new byte[WavFile.HeaderBytes]);
            foreach (var segment in segments)
            {
                using var input = new FileStream(segment.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
                if (WavFile.ReadHeader(input) is not var (segmentFormat, dataStart) || (format is not null && segmentFormat != format))
                {
                    continue;
                }
                format ??= segmentFormat;
                var due = format.Bytes(TimeSpan.FromTicks(Math.Min((segment.Start - start).Ticks, format.Duration(written).Ticks + LongestGap.Ticks)));
                WriteSilence(output, due - written);
                written = Math.Max(written, due);
                var frames = (input.Length - dataStart) / format.BlockAlign * format.BlockAlign;
                input.Position = dataStart;
                CopyExactly(input, output, frames);
                written += frames;
            }
            if (format is null)
            {
                output.Close();
                File.Delete(part);
                return null;
            }
            output.Position = 0;
            output.Write(WavFile.Header(format, written));
            output.Flush(flushToDisk: true);
        }
        return format;
    }

    /// <summary>The last <paramref name="span"/> of the recording so far (the segment being written, or the finished file) as a WAV of its own.</summary>
    public byte[]? Last(long briefing, TimeSpan span)
    {
        var path = (Segments(briefing) is [.., var last] ? last.Path : null) ?? Finished(briefing)?.Path;
        if (path is null)
        {
            return null;
        }
        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (WavFile.ReadHeader(input) is not var (format, dataStart))
        {
            return null;
        }
        // The recorder may be mid-frame at the end: only whole frames count.
        var available = (input.Length - dataStart) / format.BlockAlign * format.BlockAlign;
        var take = Math.Min(available, format.Bytes(span));
        var slice = new byte[WavFile.HeaderBytes + take];
        WavFile.Header(format, take).CopyTo(slice, 0);
        input.Position = dataStart + available - take;
        input.ReadExactly(slice, WavFile.HeaderBytes, (int)take);
        return slice;
    }

    private static void WriteSilence(Stream output, long bytes)
    {
        var zeros = new byte[64 * 1024];
        for (; bytes > 0; bytes -= zeros.Length)
        {
            output.Write(zeros, 0, (int)Math.Min(bytes, zeros.Length));
        }
    }

    private static void CopyExactly(Stream input, Stream output, long bytes)
    {
        var buffer = new byte[64 * 1024];
        while (bytes > 0)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(bytes, buffer.Length));
            if (read == 0)
            {
                return;
            }
            output.Write(buffer, 0, read);
            bytes -= read;
        }
    }

    private IEnumerable<(string Path, DateTimeOffset Start)> Files(long briefing, string prefix)
    {
        var folder = FolderOf(briefing);
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        foreach (var path in Directory.EnumerateFiles(folder, prefix + "*" + Extension))
        {
            var stamp = Path.GetFileNameWithoutExtension(path)[prefix.Length..];
            if (long.TryParse(stamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            {
                yield return (path, DateTimeOffset.FromUnixTimeMilliseconds(ms));
            }
        }
    }

    private static DateTimeOffset? MeasuredStart(string segment) =>
        File.Exists(segment + StartExtension) && long.TryParse(File.ReadAllText(segment + StartExtension), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    private static string Name(string prefix, DateTimeOffset start) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{start.ToUnixTimeMilliseconds()}{Extension}");

    private static string DefaultRoot(ServerOptions options) => options.Database.IsPostgres
        ? Path.GetFullPath(Path.Combine("data", "recordings"))
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(options.Database.ConnectionString).DataSource)) ?? ".", "recordings");
}
