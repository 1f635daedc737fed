using BenchmarkDotNet.Running;
using BriefingRoom.Benchmarks;

// Benchmarks: dotnet run -c Release --project bench/BriefingRoom.Benchmarks -- --filter '*'
// Corpus:     dotnet run -c Release --project bench/BriefingRoom.Benchmarks -- --generate big.md --megabytes 10
// (The many-transcript archive for import and search benchmarks is bench/BriefingRoom.Corpus.)
// Leak check: dotnet run -c Release --project bench/BriefingRoom.Benchmarks -- --leakcheck big.md [--kind markdown]
// Long calls: dotnet run -c Release --project bench/BriefingRoom.Benchmarks -- --long-calls   (bench/redaction.sh)
if (args.Length > 0 && args[0] == "--generate")
{
    return CorpusCommand.Run(args);
}
if (args.Length > 0 && args[0] == "--leak-aliases")
{
    return LeakCheckCommand.WriteAliases(args);
}
if (args.Length > 0 && args[0] == "--leakcheck")
{
    return LeakCheckCommand.Check(args);
}
if (args.Length > 0 && args[0] == "--long-calls")
{
    return LongCallsCommand.Run();
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
