using System.Globalization;

namespace BriefingRoom.AudioBench;

/// <summary>
/// The kernel's count of UDP datagrams dropped because a receiving socket's buffer was full (IPv4 and IPv6, the whole
/// machine): what tells a receiver that fell behind from a sender that never sent.
/// </summary>
public static class UdpDrops
{
    public static long Read() => Field("/proc/net/snmp", "Udp:", "RcvbufErrors") + Field6("/proc/net/snmp6", "Udp6RcvbufErrors");

    // /proc/net/snmp holds a header line and a value line per protocol.
    private static long Field(string path, string protocol, string name)
    {
        var lines = File.ReadAllLines(path).Where(l => l.StartsWith(protocol, StringComparison.Ordinal)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var at = lines.Length == 2 ? Array.IndexOf(lines[0], name) : -1;
        return at > 0 ? long.Parse(lines[1][at], CultureInfo.InvariantCulture) : 0;
    }

    private static long Field6(string path, string name) =>
        File.Exists(path) && File.ReadLines(path).Select(l => l.Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries)).FirstOrDefault(f => f.Length == 2 && f[0] == name) is { } f
            ? long.Parse(f[1], CultureInfo.InvariantCulture)
            : 0;
}
