using BenchmarkDotNet.Attributes;
using BriefingRoom.Benchmarks.Corpus;
using BriefingRoom.Benchmarks.Throughput;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Benchmarks;

/// <summary>Reader throughput: the corpus in each format, already in memory as a string, to a transcript.</summary>
[Config(typeof(ThroughputConfig))]
public class ReadBenchmarks
{
    private string _input = "";

    [Params(BenchFormat.Markdown, BenchFormat.Text, BenchFormat.Html)]
    public BenchFormat Format { get; set; }

    [GlobalSetup]
    public void Setup() => _input = Documents.In(Format);

    [Benchmark]
    public Transcript Read() => Documents.Read(Format, _input);
}
