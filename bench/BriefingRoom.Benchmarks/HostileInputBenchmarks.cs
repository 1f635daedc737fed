using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BriefingRoom.Benchmarks.Corpus;
using BriefingRoom.Formats;

namespace BriefingRoom.Benchmarks;

/// <summary>
/// Hostile input at two sizes, four times apart: a reader that stays linear takes about four times as long on the larger,
/// a quadratic one sixteen. The tests only check that these inputs are answered; their speed is measured here.
/// </summary>
[Config(typeof(Config))]
public class HostileInputBenchmarks
{
    private string _input = "";

    [ParamsSource(nameof(Inputs))]
    public HostileInput Input { get; set; } = HostileInput.All[0];

    [Params(250_000, 1_000_000)]
    public int Chars { get; set; }

    public static IEnumerable<HostileInput> Inputs => HostileInput.All;

    [GlobalSetup]
    public void Setup() => _input = Input.Build(Chars);

    [Benchmark]
    public int ReadAndWriteBack()
    {
        try
        {
            var transcript = Documents.Read(Input.Format, _input);
            return Documents.Write(Input.Format, transcript).Length;
        }
        catch (TranscriptParseException)
        {
            return 0; // a positioned refusal is an answer too
        }
    }

    // Each case runs for seconds at most, so few iterations give a stable median on a 2-core machine.
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(5).WithLaunchCount(1));
    }
}
