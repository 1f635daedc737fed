using System.Globalization;

namespace BriefingRoom.LoadTest;

/// <summary>What Linux's /proc says of a process: CPU seconds used so far, its parent, and its memory lines.</summary>
public static class ProcStat
{
    /// <summary>User + system CPU seconds (the kernel's clock ticks are 1/100 s on Linux).</summary>
    public static double CpuSeconds(int pid)
    {
        var fields = Fields(pid);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    public static int Parent(int pid) => int.Parse(Fields(pid)[1], CultureInfo.InvariantCulture);

    /// <summary>A kB figure of /proc/PID/status (VmRSS:, VmHWM:) or a plain count (Threads:); 0 when the line is absent.</summary>
    public static long Status(int pid, string key) => Kb(File.ReadAllLines($"/proc/{pid}/status"), key);

    /// <summary>The proportional set size in kB (shared pages divided among their sharers), so that a process tree adds up.</summary>
    public static long PssKb(int pid) => Kb(File.ReadAllLines($"/proc/{pid}/smaps_rollup"), "Pss:");

    private static long Kb(string[] lines, string key) =>
        lines.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) is { } line
            ? long.Parse(line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)
            : 0;

    // The fields after the command name, which may itself hold spaces and parentheses: [0] is the state, [1] the parent.
    private static string[] Fields(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }
}
