using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BriefingRoom.LoadTest;

/// <summary>
/// A real <c>briefing serve</c> process in a temp dir of its own (its SQLite file lives there), stopped and deleted on
/// dispose; or, given a folder, one more start of a server that ran there before (the crash campaign's restarts).
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly bool _ownsFolder;

    private ServerProcess(Process process, string folder, bool ownsFolder) => (_process, _folder, _ownsFolder) = (process, folder, ownsFolder);

    /// <summary>The first-run password it printed; empty when its database had accounts already.</summary>
    public string AdminPassword { get; private set; } = "";

    public int Id => _process.Id;

    public string Folder => _folder;

    /// <summary>Starts a server on a fresh database and waits until it listens; fails if it printed no first-run password.</summary>
    public static async Task<ServerProcess> StartAsync(string executable, string url, string? database)
    {
        var server = Launch(executable, url, database, null);
        await server.ReadyAsync(fresh: true);
        return server.AdminPassword.Length > 0 ? server : throw new InvalidOperationException("the server printed no first-run password: its database was not fresh");
    }

    /// <summary>
    /// Starts the process and returns at once; <see cref="ReadyAsync"/> waits until it listens. A null folder makes a fresh one;
    /// <paramref name="arguments"/> are added to <c>serve</c>'s and <paramref name="environment"/> to its variables (a media server's secrets);
    /// <paramref name="deleteFolder"/> deletes a given folder on dispose too (one the caller made for it).
    /// </summary>
    public static ServerProcess Launch(string executable, string url, string? database, string? folder, IEnumerable<string>? arguments = null,
        IReadOnlyDictionary<string, string>? environment = null, bool deleteFolder = false)
    {
        var ownsFolder = folder is null || deleteFolder;
        folder ??= Directory.CreateTempSubdirectory("briefing-load-").FullName;
        var start = new ProcessStartInfo(Path.GetFullPath(executable)) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["serve", "--urls", url])
        {
            start.ArgumentList.Add(arg);
        }
        if (database is not null)
        {
            start.ArgumentList.Add("--database");
            start.ArgumentList.Add(database);
        }
        foreach (var arg in arguments ?? [])
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine($"[server] {line}"); } };
        process.BeginErrorReadLine();
        return new ServerProcess(process, folder, ownsFolder);
    }

    /// <summary>Waits for the line it prints once it listens, and on a fresh database for the first-run password after it.</summary>
    public async Task ReadyAsync(bool fresh = true)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (PasswordLine().Match(line) is { Success: true } m)
            {
                AdminPassword = m.Groups[1].Value;
                break;
            }
            if (!fresh && line.StartsWith("Briefing Room is running", StringComparison.Ordinal))
            {
                break;
            }
        }
        // The rest goes to whoever listens (the audio benchmark times log lines); an unread pipe would block the server once full.
        _ = Task.Run(async () =>
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                Output?.Invoke(line);
            }
        });
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"the server exited with {_process.ExitCode} before it was ready");
        }
    }

    /// <summary>Each line the server prints to its standard output once it is ready (its log), as it is read.</summary>
    public event Action<string>? Output;

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL, at once: no shutdown, no flush; the folder and the database stay for the next start.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }
    }

    /// <summary>Kills it (if it still runs) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>CPU seconds used so far (user + system) and the peak resident memory, read from /proc.</summary>
    public (double CpuSeconds, long PeakRssMb, int Threads) Usage() =>
        (ProcStat.CpuSeconds(Id), ProcStat.Status(Id, "VmHWM:") / 1024, (int)ProcStat.Status(Id, "Threads:"));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_ownsFolder)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex(@"with the password (\S+)")]
    private static partial Regex PasswordLine();
}
