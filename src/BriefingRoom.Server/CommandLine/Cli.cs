using System.CommandLine;

namespace BriefingRoom.Server.CommandLine;

/// <summary>
/// The <c>briefing</c> command line, runnable in-process with its streams given. Every failure ends here as one
/// message on stderr and an exit code; users never see a stack trace.
/// </summary>
public static class Cli
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int BadInput = 2;

    /// <summary>A subcommand, built only when it may run.</summary>
    private sealed record Verb(string Name, Func<Command> Create);

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            Verb[] verbs =
            [
                new("parse", () => ParseCommand.Create(stdin)),
                new("redact", () => RedactCommand.Create(stdin)),
                new("check", () => CheckCommand.Create(stdin)),
                new("serve", ServeCommand.Create),
                new("import", ImportCommand.Create),
                new("search", SearchCommand.Create),
                new("export", ExportCommand.Create),
            ];
            // Only the verb named first is built (a one-shot conversion does not pay for the server's options); help for
            // the whole program, and anything that names no verb, sees them all.
            var named = args.Length > 0 ? Array.Find(verbs, v => v.Name == args[0]) : null;
            var root = new RootCommand("Briefing Room: read, check and publish press-briefing transcripts.");
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
                return BadInput;
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
            return BadInput;
        }
#pragma warning disable CA1031 // The top of the program: anything unexpected becomes one line, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error: {e.Message}");
            return BadInput;
        }
    }
}
