using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace BriefingRoom.Benchmarks.Throughput;

/// <summary>A short job that fits a 2-core machine, allocations, and MB/s beside the mean.</summary>
public class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new DocumentSizeColumn(), new MegabytesPerSecondColumn());
    }
}
