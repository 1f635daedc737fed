using BriefingRoom.CommandLine;
using BriefingRoom.Server.CommandLine;

// The `briefing` command line with every verb; a published build runs this as `briefing-server`, behind the
// ahead-of-time `briefing` (src/BriefingRoom.Cli) that hands it every verb but the one-shot ones.
return ConsoleStreams.Run((stdin, stdout, stderr) => Cli.Run(args, stdin, stdout, stderr));
