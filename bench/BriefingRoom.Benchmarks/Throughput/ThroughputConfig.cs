using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace BriefingRoom.Benchmarks.Throughput;

/// <summary>A short job that fits a 2-core machine, allocations, median and minimum, and MB/s from the median.</summary>
public class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, new DocumentSizeColumn(), new MegabytesPerSecondColumn());
    }
}
