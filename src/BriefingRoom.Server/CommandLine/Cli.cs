using BriefingRoom.CommandLine;

namespace BriefingRoom.Server.CommandLine;

/// <summary>
/// The whole <c>briefing</c> command line, runnable in-process with its streams given: the one-shot verbs (also
/// compiled ahead of time in BriefingRoom.Cli) and the server's.
/// </summary>
public static class Cli
{
    public const int Ok = ExitCodes.Ok;
    public const int Findings = ExitCodes.Findings;
    public const int BadInput = ExitCodes.BadInput;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        CommandRunner.Run(
            [
                .. OneShotVerbs.Create(stdin),
                new("serve", ServeCommand.Create),
                new("import", ImportCommand.Create),
                new("search", SearchCommand.Create),
                new("export", ExportCommand.Create),
            ],
            args, stdout, stderr);
}
