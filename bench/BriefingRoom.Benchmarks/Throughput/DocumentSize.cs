using BenchmarkDotNet.Running;
using BriefingRoom.Benchmarks.Corpus;

namespace BriefingRoom.Benchmarks.Throughput;

/// <summary>The UTF-8 bytes a benchmark case handles: the document a reader reads, a writer writes or the leak check checks.</summary>
internal static class DocumentSize
{
    private static readonly Dictionary<BenchFormat, long> Bytes = [];
    private static readonly Lazy<long> LeakBytes = new(() => BenchCorpus.Utf8Bytes(LeakCorpus.Text));
    private static readonly Lazy<long> ThreeHourBytes = new(() => BenchCorpus.Utf8Bytes(RedactionBenchmarks.Of(LongCall.ThreeHours).Markdown));

    public static long Of(BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Descriptor.Type == typeof(LeakCheckBenchmarks))
        {
            return LeakBytes.Value;
        }
        if (benchmarkCase.Descriptor.Type == typeof(RedactionBenchmarks))
        {
            return (LongCall)benchmarkCase.Parameters["Call"] == LongCall.Generated ? LeakBytes.Value : ThreeHourBytes.Value;
        }
        var format = (BenchFormat)benchmarkCase.Parameters["Format"];
        lock (Bytes)
        {
            if (!Bytes.TryGetValue(format, out var bytes))
            {
                // The host process builds the same deterministic corpus the benchmark process timed.
                bytes = BenchCorpus.Utf8Bytes(Documents.In(format));
                Bytes[format] = bytes;
            }
            return bytes;
        }
    }
}
