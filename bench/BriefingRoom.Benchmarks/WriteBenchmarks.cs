using BenchmarkDotNet.Attributes;
using BriefingRoom.Benchmarks.Corpus;
using BriefingRoom.Benchmarks.Throughput;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Benchmarks;

/// <summary>Writer throughput: the corpus model to a string in each format; MB/s counts the bytes written.</summary>
[Config(typeof(ThroughputConfig))]
public class WriteBenchmarks
{
    private Transcript _model = null!;

    [Params(BenchFormat.Markdown, BenchFormat.Json, BenchFormat.Html, BenchFormat.Text, BenchFormat.AkomaNtoso)]
    public BenchFormat Format { get; set; }

    [GlobalSetup]
    public void Setup() => _model = BenchCorpus.Model;

    [Benchmark]
    public string Write() => Documents.Write(Format, _model);
}
