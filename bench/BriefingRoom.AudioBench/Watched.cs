using System.Globalization;
using BriefingRoom.LoadTest;

namespace BriefingRoom.AudioBench;

/// <summary>
/// One process or process tree watched over the steady window: CPU seconds (user + system) from /proc/PID/stat, and
/// memory sampled every second (VmRSS for one process; the sum of Pss for a tree, so shared pages count once).
/// </summary>
public sealed class Watched(string name, Func<IReadOnlyList<int>> processes, bool tree)
{
    private readonly Dictionary<int, double> _cpuAtStart = [];
    private readonly List<long> _memoryKb = [];
    private double _cpu;

    public string Name { get; } = name;

    public void Start()
    {
        foreach (var pid in processes())
        {
            _cpuAtStart[pid] = ToneBrowser.Read(() => ProcStat.CpuSeconds(pid), 0);
        }
    }

    public void Sample() => _memoryKb.Add(processes().Sum(pid => ToneBrowser.Read(() => tree ? ProcStat.PssKb(pid) : ProcStat.Status(pid, "VmRSS:"), 0)));

    public void Stop() => _cpu = processes().Sum(pid => ToneBrowser.Read(() => ProcStat.CpuSeconds(pid), 0) - _cpuAtStart.GetValueOrDefault(pid));

    public string Row(double seconds) => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-34}{processes().Count,6}{_cpu,10:F1}{100 * _cpu / seconds,9:F1}{100 * _cpu / seconds / Environment.ProcessorCount,9:F1}{_memoryKb.DefaultIfEmpty().Average() / 1024,10:F0}{_memoryKb.DefaultIfEmpty().Max() / 1024.0,10:F0}");

    public static string Header =>
        $"{"process",-34}{"procs",6}{"CPU s",10}{"% core",9}{"% all",9}{"mem MB",10}{"max MB",10}";
}
