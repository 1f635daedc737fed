using System.Diagnostics;
using System.Runtime.InteropServices;
using BriefingRoom.CommandLine;

namespace BriefingRoom.Cli;

/// <summary>
/// Hands a verb this binary does not hold (serve, import, search, export, help for them all) to the JIT-compiled
/// <c>briefing-server</c> beside it: on Unix by replacing this process, so signals, exit codes and the process id
/// are the server's own.
/// </summary>
internal static partial class ServerHandoff
{
    public const string ServerName = "briefing-server";

    public static int Run(string[] args, TextWriter stderr)
    {
        var server = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? ServerName + ".exe" : ServerName);
        if (!File.Exists(server))
        {
            stderr.WriteLine($"briefing: '{(args.Length > 0 ? args[0] : "--help")}' needs {server}, which is not there; publish src/BriefingRoom.Server for every verb");
            return ExitCodes.BadInput;
        }
        if (!OperatingSystem.IsWindows())
        {
            // argv[0] stays as the user typed it; only the file run changes.
            string?[] argv = [Environment.GetCommandLineArgs()[0], .. args, null];
            Execv(server, argv);
            stderr.WriteLine($"briefing: cannot run {server}: {Marshal.GetLastPInvokeErrorMessage()}");
            return ExitCodes.BadInput;
        }
        using var child = Process.Start(new ProcessStartInfo(server, args) { UseShellExecute = false })!;
        child.WaitForExit();
        return child.ExitCode;
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execv(string path, string?[] argv);
}
