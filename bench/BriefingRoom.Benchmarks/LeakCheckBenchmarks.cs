using BenchmarkDotNet.Attributes;
using BriefingRoom.Benchmarks.Corpus;
using BriefingRoom.Benchmarks.Throughput;
using BriefingRoom.Protection;

namespace BriefingRoom.Benchmarks;

/// <summary>Leak-check throughput: 1,000 identities × 10 identifiers over the generated call (BRIEFING_LEAK_MB, default 20 MB).</summary>
[Config(typeof(ThroughputConfig))]
public class LeakCheckBenchmarks
{
    private string _text = "";
    private IdentityMatcher _matcher = null!;

    [Params(TextKind.Plain, TextKind.Markdown)]
    public TextKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = LeakCorpus.Text;
        _matcher = IdentityMatcher.Build(LeakIdentities.Generate());
    }

    [Benchmark]
    public int Check() => LeakChecker.Check(_text, Kind, _matcher).Count;
}
