using BriefingRoom.Cli;
using BriefingRoom.CommandLine;

// A one-shot verb runs here, ahead-of-time compiled; every other verb, and no verb at all, is the server's.
if (args.Length == 0 || !OneShotVerbs.Names.Contains(args[0]))
{
    return ServerHandoff.Run(args, Console.Error);
}
return ConsoleStreams.Run((stdin, stdout, stderr) => CommandRunner.Run(OneShotVerbs.Create(stdin), args, stdout, stderr));
