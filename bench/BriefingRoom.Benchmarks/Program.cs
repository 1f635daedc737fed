using BenchmarkDotNet.Running;
using BriefingRoom.Benchmarks;

// Benchmarks: dotnet run -c Release --project bench/BriefingRoom.Benchmarks -- --filter '*'
// Corpus:     dotnet run -c Release --project bench/BriefingRoom.Benchmarks -- --generate big.md --megabytes 10
if (args.Length > 0 && args[0] == "--generate")
{
    return CorpusCommand.Run(args);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
