using System.CommandLine;

namespace BriefingRoom.CommandLine;

/// <summary>
/// Runs the <c>briefing</c> command line over the verbs given, with its streams given. Every failure ends here as one
/// message on stderr and an exit code; users never see a stack trace.
/// </summary>
public static class CommandRunner
{
    public const string Description = "Briefing Room: read, check and publish press-briefing transcripts.";

    public static int Run(IReadOnlyList<Verb> verbs, string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            // Only the verb named first is built (a one-shot conversion does not pay for the server's options); help for
            // the whole program, and anything that names no verb, sees them all.
            var named = args.Length > 0 ? verbs.FirstOrDefault(v => v.Name == args[0]) : null;
            var root = new RootCommand(Description);
            foreach (var verb in named is null ? verbs : [named])
            {
                root.Subcommands.Add(verb.Create());
            }
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors)
                {
                    stderr.WriteLine($"briefing: {error.Message}");
                }
                stderr.WriteLine("Run 'briefing --help' for usage.");
                return ExitCodes.BadInput;
            }
            return result.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliInputException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The top of the program: anything unexpected becomes one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
