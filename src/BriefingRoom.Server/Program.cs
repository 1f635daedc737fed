using System.Text;
using BriefingRoom.Server.CommandLine;

// The `briefing` command line: UTF-8 in and out, no byte-order mark.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8);
var code = Cli.Run(args, stdin, stdout, stderr);
try
{
    stdout.Dispose();
}
catch (IOException)
{
    // The reader went away (`briefing parse x | head`): nothing left to tell it.
}
return code;
