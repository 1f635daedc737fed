using System.Globalization;

namespace BriefingRoom.Fuzz;

/// <summary>What a fuzz run does: for how long per parser, which parsers, from which random seed, and its bounds.</summary>
internal sealed record FuzzOptions(int Seconds, IReadOnlyList<FuzzTarget> Targets, int Seed)
{
    /// <summary>A saved input to check again instead of fuzzing (<c>--replay artifacts/fuzz/crash-….txt</c>).</summary>
    public string? Replay { get; init; }

    /// <summary>Serve AFL++ as its fuzz target for the one chosen parser instead of fuzzing here (<c>--afl</c>).</summary>
    public bool Afl { get; init; }

    public TimeSpan PerInput { get; init; } = TimeSpan.FromSeconds(2);

    public long MemoryLimit { get; init; } = 2L * 1024 * 1024 * 1024;

    public const string Usage = "usage: BriefingRoom.Fuzz [--seconds N] [--format markdown|text|html|query|identities|all] [--seed N] [--replay FILE] [--afl]";

    /// <summary>Reads the command line; null with <paramref name="error"/> set when it is wrong.</summary>
    public static FuzzOptions? Parse(string[] args, out string? error)
    {
        var seconds = 60;
        var format = "all";
        var seed = Environment.TickCount & 0x7fffffff;
        string? replay = null;
        var afl = false;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--seconds" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) && seconds > 0:
                case "--seed" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                case "--format" when value == "all" || FuzzTarget.All.Any(t => t.Name == value):
                    format = value;
                    i++;
                    break;
                case "--replay" when value is not null:
                    replay = value;
                    i++;
                    break;
                case "--afl":
                    afl = true;
                    break;
                default:
                    error = $"bad argument '{args[i]}'\n{Usage}";
                    return null;
            }
        }
        var targets = format == "all" ? FuzzTarget.All : [.. FuzzTarget.All.Where(t => t.Name == format)];
        return new FuzzOptions(seconds, targets, seed) { Replay = replay, Afl = afl };
    }
}
