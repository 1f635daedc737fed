using BriefingRoom.Fuzz;

// Bounded mutation fuzzing of every transcript reader: `--seconds N --format markdown|text|html|all [--seed N]`.
var options = FuzzOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}
if (options.Afl)
{
    return AflMode.Run(options.Formats[0]);
}
return new FuzzRunner(options, Console.Out).Run();
