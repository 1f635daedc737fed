using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Media;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>The recordings folder on real files: segments joined in time with silence where Janus was down, and slices with correct headers.</summary>
public sealed class RecordingStoreTests : IDisposable
{
    private static readonly WavFormat Mono16k = new(16000, 1, 16);
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"briefing-store-test-{Guid.NewGuid():N}");
    private readonly RecordingStore _store;

    public RecordingStoreTests() =>
        _store = new RecordingStore(new ServerOptions(DatabaseChoice.Sqlite(Path.Combine(_root, "briefing.db")), []) { Recordings = _root });

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_call_recorded_across_a_Janus_restart_is_one_file_with_silence_where_it_was_down()
    {
        var opened = DateTimeOffset.FromUnixTimeMilliseconds(1_764_006_786_000);
        // Janus's running header: sizes from its last update, the data size counting the header too.
        Segment(7, opened, Tone(440, 2.0), runningHeader: true);
        Segment(7, opened + TimeSpan.FromSeconds(5), Tone(880, 1.0), runningHeader: true);

        var finished = _store.Finish(7)!;

        Assert.Equal(opened, finished.Start);
        Assert.Empty(_store.Segments(7));
        var bytes = File.ReadAllBytes(finished.Path);
        Assert.Equal(bytes.Length - WavFile.HeaderBytes, BitConverter.ToInt32(bytes, 40));
        Assert.Equal(bytes.Length - 8, BitConverter.ToInt32(bytes, 4));
        var meter = ToneMeter.Read(bytes);
        Assert.Equal(TimeSpan.FromSeconds(6), meter.Duration);
        Assert.True(meter.Share(440, TimeSpan.FromSeconds(0.2), TimeSpan.FromSeconds(1.6)) > 0.9);
        Assert.Equal(0, meter.Level(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)));
        Assert.True(meter.Share(880, TimeSpan.FromSeconds(5.1), TimeSpan.FromSeconds(0.8)) > 0.9, "the second segment at its own start, 5 s in");
        Assert.Equal(finished, _store.Finish(7)); // finishing again changes nothing
    }

    [Fact]
    public void A_segment_whose_audio_began_after_the_room_counts_from_its_measured_start()
    {
        var created = DateTimeOffset.FromUnixTimeMilliseconds(1_764_006_786_000);
        var path = Segment(3, created, Tone(440, 0.5), runningHeader: false);

        _store.MeasureStart(3, created + TimeSpan.FromSeconds(2));

        Assert.Equal(created + TimeSpan.FromSeconds(1.5), _store.StartOf(3));
        Assert.True(File.Exists(path + ".start"));
        _store.Finish(3);
        Assert.False(File.Exists(path + ".start"));
        Assert.Equal(created + TimeSpan.FromSeconds(1.5), _store.StartOf(3));
    }

    [Fact]
    public void The_last_seconds_are_whole_frames_from_the_end_with_a_header_of_their_own()
    {
        var start = DateTimeOffset.FromUnixTimeMilliseconds(1_764_006_786_000);
        var path = Segment(4, start, [.. Tone(440, 3.0), 0x12], runningHeader: true); // Janus stopped mid-sample

        var slice = _store.Last(4, TimeSpan.FromSeconds(1))!;

        Assert.Equal(WavFile.HeaderBytes + 32000, slice.Length);
        Assert.Equal(32000, BitConverter.ToInt32(slice, 40));
        var whole = File.ReadAllBytes(path);
        Assert.Equal(whole[(whole.Length - 1 - 32000)..^1], slice[WavFile.HeaderBytes..]);
        Assert.Equal(TimeSpan.FromSeconds(3), ToneMeter.Read(_store.Last(4, TimeSpan.FromMinutes(5))!).Duration);
        Assert.Null(_store.Last(5, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Unfinished_recordings_are_found_at_start_and_the_folders_are_the_users_alone()
    {
        Segment(9, DateTimeOffset.FromUnixTimeMilliseconds(1_764_006_786_000), Tone(440, 0.1), runningHeader: true);
        Directory.CreateDirectory(Path.Combine(_root, "not-a-briefing"));

        Assert.Equal([9], _store.Unfinished());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_store.FolderOf(9)));
        }
    }

    private string Segment(long briefing, DateTimeOffset start, byte[] samples, bool runningHeader)
    {
        var (folder, file) = _store.NewSegment(briefing, start);
        var path = Path.Combine(folder, file);
        var header = WavFile.Header(Mono16k, samples.Length);
        if (runningHeader)
        {
            BitConverter.GetBytes(samples.Length / 2).CopyTo(header, 40);
        }
        File.WriteAllBytes(path, [.. header, .. samples]);
        return path;
    }

    private static byte[] Tone(double hertz, double seconds)
    {
        var count = (int)(seconds * Mono16k.SampleRate);
        var bytes = new byte[count * 2];
        for (var i = 0; i < count; i++)
        {
            BitConverter.GetBytes((short)(10000 * Math.Sin(2 * Math.PI * hertz * i / Mono16k.SampleRate))).CopyTo(bytes, i * 2);
        }
        return bytes;
    }
}
