using BriefingRoom.Fuzz;

// Bounded mutation fuzzing of every transcript reader and the search query parser: `--seconds N --format markdown|text|html|query|all [--seed N]`.
var options = FuzzOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}
if (options.Afl)
{
    return AflMode.Run(options.Targets[0]);
}
return new FuzzRunner(options, Console.Out).Run();
