using System.Globalization;

namespace BriefingRoom.ArchiveBench;

/// <summary>Timings of repeated runs, in milliseconds, summarised by nearest-rank percentiles.</summary>
internal sealed class Latency
{
    private readonly List<double> _ms = [];

    public void Add(TimeSpan elapsed) => _ms.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _ms.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{_ms.Count,5} {Percentile(50),9:F2} {Percentile(95),9:F2} {Percentile(99),9:F2} {Percentile(100),9:F2}");

    public const string Header = " runs   p50(ms)   p95(ms)   p99(ms)   max(ms)";
}
