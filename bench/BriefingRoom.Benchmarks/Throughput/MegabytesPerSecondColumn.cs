using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BriefingRoom.Benchmarks.Throughput;

/// <summary>Throughput: the document's UTF-8 size over the median time of one operation, in 10^6 bytes per second.</summary>
public sealed class MegabytesPerSecondColumn() : DocumentColumn("MB/s", "Document MB (10^6 bytes of UTF-8) handled per second, from the median (robust to a busy shared machine)", 1)
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Median <= 0)
        {
            return "NA";
        }
        var seconds = stats.Median / 1e9;
        return (DocumentSize.Of(benchmarkCase) / 1e6 / seconds).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
