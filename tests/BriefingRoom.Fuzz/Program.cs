using BriefingRoom.Fuzz;

// Bounded mutation fuzzing of every transcript reader, the search query parser and the protected identities reader: `--seconds N --format markdown|text|html|query|identities|all [--seed N]`.
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
