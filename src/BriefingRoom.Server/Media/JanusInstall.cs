namespace BriefingRoom.Server.Media;

/// <summary>An installed Janus: its program, and the folder holding the AudioBridge plugin and HTTP transport it needs.</summary>
public sealed record JanusInstall(string Program, string Plugin, string Transport)
{
    public const string PluginFile = "libjanus_audiobridge.so";
    public const string TransportFile = "libjanus_http.so";

    /// <summary>Finds the program (a path, or a name on the PATH) and its libraries, or says what is missing.</summary>
    public static JanusInstall? Find(string program, out string why)
    {
        ArgumentNullException.ThrowIfNull(program);
        var path = program.Contains('/', StringComparison.Ordinal) ? (File.Exists(program) ? Path.GetFullPath(program) : null) : OnPath(program);
        if (path is null)
        {
            why = program.Contains('/', StringComparison.Ordinal) ? $"There is no Janus program at {program}." : $"There is no '{program}' program on the PATH (Debian: apt-get install janus).";
            return null;
        }
        // Debian puts the libraries under <prefix>/lib/<triplet>/janus, a source build under <prefix>/lib/janus; the program is <prefix>/bin/janus.
        var real = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        var prefix = Path.GetDirectoryName(Path.GetDirectoryName(real)) ?? "/";
        var lib = Path.Combine(prefix, "lib");
        var candidates = (Directory.Exists(lib) ? Directory.EnumerateDirectories(lib).Select(d => Path.Combine(d, "janus")) : [])
            .Prepend(Path.Combine(lib, "janus")).Append(Path.Combine(prefix, "lib64", "janus"));
        foreach (var folder in candidates)
        {
            var plugin = Path.Combine(folder, "plugins", PluginFile);
            var transport = Path.Combine(folder, "transports", TransportFile);
            if (File.Exists(plugin) && File.Exists(transport))
            {
                why = "";
                return new JanusInstall(path, plugin, transport);
            }
        }
        why = $"Janus at {path} has no AudioBridge plugin ({PluginFile}) and HTTP transport ({TransportFile}) under {lib}.";
        return null;
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
