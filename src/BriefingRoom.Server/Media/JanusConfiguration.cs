using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace BriefingRoom.Server.Media;

/// <summary>
/// The configuration folder of one Janus run: only the AudioBridge plugin and the HTTP transport, both APIs on
/// 127.0.0.1 at free ports, secrets generated for this run, ICE on the loopback interface only, the log in the folder.
/// The folder is readable by this user alone, as it holds the secrets.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed record JanusConfiguration(string Folder, int ApiPort, int AdminPort, string ApiSecret, string AdminSecret, string RoomKey)
{
    private const string Prefix = "briefing-janus-";

    public string MainFile => Path.Combine(Folder, "janus.jcfg");

    public string LogFile => Path.Combine(Folder, "janus.log");

    public Uri Api => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{ApiPort}/janus"));

    public Uri Admin => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{AdminPort}/admin"));

    public static JanusConfiguration Write(JanusInstall install)
    {
        ArgumentNullException.ThrowIfNull(install);
        RemoveLeftovers();
        var folder = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{RandomNumberGenerator.GetHexString(12, lowercase: true)}"));
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var config = new JanusConfiguration(folder, FreePort(), FreePort(), Secret(), Secret(), Secret());
        // Janus loads every library in its folders: folders of one link each keep out the plugins and transports the call does not use.
        foreach (var (sub, library) in new[] { ("plugins", install.Plugin), ("transports", install.Transport), ("events", null), ("loggers", null) })
        {
            var path = Directory.CreateDirectory(Path.Combine(folder, sub)).FullName;
            if (library is not null)
            {
                File.CreateSymbolicLink(Path.Combine(path, Path.GetFileName(library)), library);
            }
        }
        File.WriteAllText(config.MainFile, config.Main());
        File.WriteAllText(Path.Combine(folder, "janus.transport.http.jcfg"), config.Http());
        File.WriteAllText(Path.Combine(folder, "janus.plugin.audiobridge.jcfg"), config.AudioBridge());
        return config;
    }

    /// <summary>Deletes the folder, secrets and log with it; a run that is gone leaves nothing behind.</summary>
    public void Delete()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Already gone, or another user's: the temporary folder is the system's to clear then.
        }
    }

    // A Briefing Room that was killed could not delete its folder: the next start deletes those whose server is gone.
    private static void RemoveLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var owner = Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != Environment.ProcessId && !Directory.Exists($"/proc/{pid}"))
            {
                new JanusConfiguration(folder, 0, 0, "", "", "").Delete();
            }
        }
    }

    // Token auth on with no signing secret: browsers get tokens that Briefing Room adds and revokes through the admin API.
    private string Main() => $$"""
        general: {
            configs_folder = {{Quote(Folder)}}
            plugins_folder = {{Quote(Path.Combine(Folder, "plugins"))}}
            transports_folder = {{Quote(Path.Combine(Folder, "transports"))}}
            events_folder = {{Quote(Path.Combine(Folder, "events"))}}
            loggers_folder = {{Quote(Path.Combine(Folder, "loggers"))}}
            log_to_stdout = false
            log_to_file = {{Quote(LogFile)}}
            debug_level = 4
            debug_timestamps = true
            debug_colors = false
            interface = "127.0.0.1"
            server_name = "briefing-room"
            api_secret = {{Quote(ApiSecret)}}
            token_auth = true
            admin_secret = {{Quote(AdminSecret)}}
            hide_dependencies = true
            protected_folders = ["/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/sbin", "/sys", "/usr", "/var"]
        }
        media: {
            ipv6 = false
        }
        nat: {
            ice_enforce_list = "lo"
            ignore_mdns = true
        }
        events: {
            broadcast = false
        }
        """;

    private string Http() => $$"""
        general: {
            json = "compact"
            base_path = "/janus"
            http = true
            port = {{ApiPort}}
            ip = "127.0.0.1"
            https = false
            acl = "127."
        }
        admin: {
            admin_base_path = "/admin"
            admin_http = true
            admin_port = {{AdminPort}}
            admin_ip = "127.0.0.1"
            admin_https = false
            admin_acl = "127."
        }
        """;

    // The admin key restricts creating rooms (and forwarding or playing into them) to Briefing Room; plain-RTP participants (the recorder) bind on loopback like the rest.
    private string AudioBridge() => $$"""
        general: {
            admin_key = {{Quote(RoomKey)}}
            lock_rtp_forward = true
            lock_play_file = true
            local_ip = "127.0.0.1"
            events = false
        }
        """;

    private static string Secret() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // The OS picks a port no one holds; Janus binds it a moment later, and a rare clash is a failed start that the supervisor retries on new ports.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
