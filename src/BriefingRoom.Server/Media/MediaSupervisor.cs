using BriefingRoom.Server.Hosting;

namespace BriefingRoom.Server.Media;

/// <summary>
/// Keeps the call's media server up and says whether it is: starts Janus on loopback (or connects to the one given),
/// holds a control session on its AudioBridge, restarts or reconnects with a growing pause when it dies or stops
/// answering, and stops the Janus it started when the server stops. Without Janus the call runs typed, and
/// <see cref="Status"/> says why there is no audio.
/// </summary>
public sealed class MediaSupervisor(ServerOptions options, TimeProvider time, ILogger<MediaSupervisor> logger) : BackgroundService
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ReadyPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(60);
    // A Janus that ran this long before it died is restarted at once again, not after the pause its earlier failures earned.
    private static readonly TimeSpan Stable = TimeSpan.FromMinutes(1);

    private volatile MediaStatus _status = options.Media.Disabled ? MediaStatus.TurnedOff : MediaStatus.Starting("Briefing Room is looking for its media server.");
    private volatile JanusProcess? _own;
    private volatile JanusControl? _control;

    public MediaStatus Status => _status;

    /// <summary>The Janus this server started and runs now, if any.</summary>
    public JanusProcess? Own => _own;

    /// <summary>The control session on the AudioBridge while the media server answers; null while audio is off.</summary>
    public JanusControl? Control => _control;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var media = options.Media;
        if (media.Disabled)
        {
            logger.AudioOff(MediaStatus.TurnedOff.StaffDetail!);
            return;
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            if (media.Server is { } server)
            {
                await RunRemoteAsync(http, server, media, stoppingToken);
            }
            else if (OperatingSystem.IsLinux())
            {
                await RunOwnAsync(http, media, stoppingToken);
            }
            else
            {
                _status = MediaStatus.NotInstalled("Briefing Room starts Janus itself on Linux only; elsewhere give --media-server.");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping; what was started is stopped on the way out.
        }
    }

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private async Task RunOwnAsync(HttpClient http, MediaOptions media, CancellationToken stopping)
    {
        if (JanusInstall.Find(media.JanusProgram, out var missing) is not { } install)
        {
            _status = MediaStatus.NotInstalled(missing);
            logger.AudioOff(missing);
            return;
        }
        var failures = 0;
        while (true)
        {
            var configuration = JanusConfiguration.Write(install);
            var startedAt = time.GetUtcNow();
            string ended;
            try
            {
                var janus = await JanusProcess.StartAsync(install, configuration, logger);
                _own = janus;
                _status = MediaStatus.Starting($"Janus (pid {janus.Id}) is starting on {configuration.Api}.");
                var client = new JanusClient(http, configuration.Api, configuration.ApiSecret);
                try
                {
                    ended = await ServeAsync(client, janus.Exited, configuration.RoomKey, $"started by Briefing Room on {configuration.Api} (pid {janus.Id})", stopping);
                }
                finally
                {
                    _own = null;
                    await janus.StopAsync(StopGrace, time);
                }
                ended = $"Janus (pid {janus.Id}) {ended}";
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                ended = $"Janus did not start ({e.Message})";
            }
            finally
            {
                // Read before the folder goes: the end of Janus's own log usually says why it stopped.
                var tail = LastLines(configuration.LogFile, 5);
                configuration.Delete();
                if (!stopping.IsCancellationRequested && tail.Length > 0)
                {
                    logger.LogTail(tail);
                }
            }
            failures = time.GetUtcNow() - startedAt >= Stable ? 1 : failures + 1;
            var pause = Pause(failures);
            _status = MediaStatus.Restarting($"{ended}; Briefing Room starts it again in {pause.TotalSeconds:0} s.");
            logger.Retrying(ended, pause.TotalSeconds);
            await Task.Delay(pause, time, stopping);
        }
    }

    private async Task RunRemoteAsync(HttpClient http, Uri server, MediaOptions media, CancellationToken stopping)
    {
        var client = new JanusClient(http, server, media.ApiSecret);
        var failures = 0;
        while (true)
        {
            var startedAt = time.GetUtcNow();
            var ended = await ServeAsync(client, exited: null, media.RoomKey, $"at {server}", stopping);
            failures = time.GetUtcNow() - startedAt >= Stable ? 1 : failures + 1;
            var pause = Pause(failures);
            _status = MediaStatus.NoAnswer($"The media server at {server} {ended}; Briefing Room tries again in {pause.TotalSeconds:0} s.");
            logger.Retrying($"the media server at {server} {ended}", pause.TotalSeconds);
            await Task.Delay(pause, time, stopping);
        }
    }

    /// <summary>Waits for Janus to answer, opens the control session and keeps it alive; returns why that ended.</summary>
    private async Task<string> ServeAsync(JanusClient client, Task<int>? exited, string? roomKey, string where, CancellationToken stopping)
    {
        var deadline = time.GetUtcNow() + (exited is null ? TimeSpan.Zero : ReadyWithin);
        JanusInfo info;
        while (true)
        {
            if (exited is { IsCompleted: true })
            {
                return $"{Ended(exited.Result)} before it answered";
            }
            try
            {
                info = await client.InfoAsync(stopping);
                break;
            }
            catch (Exception e) when (IsNoAnswer(e, stopping))
            {
                if (time.GetUtcNow() >= deadline)
                {
                    return exited is null ? $"does not answer ({e.Message})" : $"did not answer within {ReadyWithin.TotalSeconds:0} s";
                }
            }
            await Task.Delay(ReadyPoll, time, stopping);
        }
        if (!info.Plugins.Contains(JanusClient.AudioBridge))
        {
            return $"has no AudioBridge plugin (it has {string.Join(", ", info.Plugins)})";
        }
        try
        {
            var session = await client.CreateSessionAsync(stopping);
            var handle = await client.AttachAsync(session, JanusClient.AudioBridge, stopping);
            _control = new JanusControl(client, session, handle, roomKey);
            _status = MediaStatus.On($"Janus {info.Version}, {where}.");
            logger.AudioOn(info.Version, where);
            while (true)
            {
                var tick = Task.Delay(KeepAliveEvery, time, stopping);
                await (exited is null ? tick : Task.WhenAny(tick, exited));
                if (exited is { IsCompleted: true })
                {
                    return Ended(exited.Result);
                }
                stopping.ThrowIfCancellationRequested();
                await client.KeepAliveAsync(session, stopping);
            }
        }
        catch (JanusException e)
        {
            return $"refused the control session ({e.Message})";
        }
        catch (Exception e) when (IsNoAnswer(e, stopping))
        {
            return $"stopped answering ({e.Message})";
        }
        finally
        {
            _control = null;
        }
    }

    // Refused connections, broken answers and timeouts of one request, but not the server's own stop.
    private static bool IsNoAnswer(Exception e, CancellationToken stopping) =>
        e is HttpRequestException or System.Text.Json.JsonException || (e is OperationCanceledException && !stopping.IsCancellationRequested);

    // The shell's convention, as .NET reports it: above 128 is the signal that ended the process (137 is SIGKILL).
    private static string Ended(int code) => code > 128 ? $"was ended by signal {code - 128}" : $"exited with code {code}";

    private static TimeSpan Pause(int failures) =>
        TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks << Math.Min(failures - 1, 16)));

    private static string LastLines(string file, int count)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return string.Join(" | ", lines.TakeLast(count));
        }
        catch (IOException)
        {
            return "";
        }
    }
}

/// <summary>Briefing Room's own session on the AudioBridge: the handle rooms are created, changed and destroyed through.</summary>
public sealed record JanusControl(JanusClient Client, long Session, long Handle, string? RoomKey);
