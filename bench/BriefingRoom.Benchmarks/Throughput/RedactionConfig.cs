using BenchmarkDotNet.Reports;
using Perfolizer.Horology;

namespace BriefingRoom.Benchmarks.Throughput;

/// <summary>The throughput job with times in milliseconds: a publication is read as "ms per call".</summary>
public sealed class RedactionConfig : ThroughputConfig
{
    public RedactionConfig() => SummaryStyle = SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond);
}
