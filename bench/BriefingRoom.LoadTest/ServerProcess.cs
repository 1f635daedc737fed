using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingRoom.LoadTest;

/// <summary>A real <c>briefing serve</c> process in a temp dir of its own (its SQLite file lives there), stopped and deleted on dispose.</summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private ServerProcess(Process process, string folder, string adminPassword) => (_process, _folder, AdminPassword) = (process, folder, adminPassword);

    public string AdminPassword { get; }

    public int Id => _process.Id;

    public static async Task<ServerProcess> StartAsync(string executable, string url, string? database)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-load-").FullName;
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
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine($"[server] {line}"); } };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string? password = null;
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (PasswordLine().Match(line) is { Success: true } m)
            {
                password = m.Groups[1].Value;
                break;
            }
        }
        // The rest of its output is not needed, but an unread pipe would block the server once full.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
        return password is null
            ? throw new InvalidOperationException("the server printed no first-run password: its database was not fresh")
            : new ServerProcess(process, folder, password);
    }

    /// <summary>CPU seconds used so far (user + system) and the peak resident memory, read from /proc.</summary>
    public (double CpuSeconds, long PeakRssMb, int Threads) Usage()
    {
        var stat = File.ReadAllText($"/proc/{Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var status = File.ReadAllLines($"/proc/{Id}/status");
        long Kb(string key) => long.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (ticks / 100.0, Kb("VmHWM:") / 1024, (int)Kb("Threads:"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex(@"with the password (\S+)")]
    private static partial Regex PasswordLine();
}
