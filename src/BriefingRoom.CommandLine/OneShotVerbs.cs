namespace BriefingRoom.CommandLine;

/// <summary>The verbs that need only the library (no database, no web host): the ones compiled ahead of time.</summary>
public static class OneShotVerbs
{
    public static readonly IReadOnlyList<string> Names = ["parse", "redact", "check"];

    public static Verb[] Create(TextReader stdin) =>
    [
        new("parse", () => ParseCommand.Create(stdin)),
        new("redact", () => RedactCommand.Create(stdin)),
        new("check", () => CheckCommand.Create(stdin)),
    ];
}
