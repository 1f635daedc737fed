using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BriefingRoom.Server.Media;

/// <summary>
/// One running Janus started with a <see cref="JanusConfiguration"/>. It dies with Briefing Room even when Briefing Room
/// is killed: util-linux's setpriv gives it a parent-death signal, and as that signal follows the thread that started it,
/// the start and the wait happen on a thread of its own that lives as long as Janus does.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class JanusProcess
{
    private const string Setpriv = "/usr/bin/setpriv";
    private const int SigTerm = 15;

    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Process _process;

    private JanusProcess(Process process, JanusConfiguration configuration)
    {
        _process = process;
        Id = process.Id;
        Configuration = configuration;
    }

    public JanusConfiguration Configuration { get; }

    public int Id { get; }

    /// <summary>Completes with the exit code when Janus ends, for whatever reason.</summary>
    public Task<int> Exited => _exited.Task;

    public static Task<JanusProcess> StartAsync(JanusInstall install, JanusConfiguration configuration, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(install);
        ArgumentNullException.ThrowIfNull(configuration);
        var started = new TaskCompletionSource<JanusProcess>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() => Run(install, configuration, logger, started)) { IsBackground = true, Name = "janus" };
        thread.Start();
        return started.Task;
    }

    private static void Run(JanusInstall install, JanusConfiguration configuration, ILogger logger, TaskCompletionSource<JanusProcess> started)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (File.Exists(Setpriv))
        {
            foreach (var argument in new[] { "--pdeathsig", "KILL", "--" })
            {
                start.ArgumentList.Add(argument);
            }
            start.FileName = Setpriv;
            start.ArgumentList.Add(install.Program);
        }
        else
        {
            start.FileName = install.Program;
        }
        foreach (var argument in new[] { "--config", configuration.MainFile, "--configs-folder", configuration.Folder, "--disable-colors" })
        {
            start.ArgumentList.Add(argument);
        }
        JanusProcess janus;
        try
        {
            var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
            janus = new JanusProcess(process, configuration);
            // Janus writes its banner to standard output and its log to the file; anything on standard error is worth a look.
            process.OutputDataReceived += (_, line) => { if (line.Data is { Length: > 0 } text) { logger.JanusOutput(text); } };
            process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 } text) { logger.JanusError(text); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            started.SetException(e);
            return;
        }
        started.SetResult(janus);
        janus._process.WaitForExit();
        janus._exited.SetResult(janus._process.ExitCode);
        janus._process.Dispose();
    }

    /// <summary>Asks Janus to stop (SIGTERM, so it closes its recordings), and kills it if it has not within the grace period.</summary>
    public async Task StopAsync(TimeSpan grace, TimeProvider time)
    {
        if (Exited.IsCompleted)
        {
            return;
        }
        _ = Kill(Id, SigTerm);
        try
        {
            await Exited.WaitAsync(grace, time);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            await Exited;
        }
    }

    // .NET can send a process only SIGKILL; a polite stop needs kill(2). DllImport, as LibraryImport would need unsafe code for this one call.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
