using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/BriefingRoom.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
