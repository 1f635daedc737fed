using System.Diagnostics;
using BriefingRoom.LoadTest;

// Drives a real `briefing serve` over loopback as N reporters and staff would, and exits 1 if anything was lost or failed.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var loadBefore = Report.LoadAverage();
if (options.BulkSetup && options.Server is null)
{
    Console.Error.WriteLine("--setup bulk writes the server's database before it starts: give --server");
    return 2;
}
var clock = Stopwatch.StartNew();
IReadOnlyList<MintedReporter>? minted = null;
ServerProcess? started = null;
if (options.Server is { } exe && options.BulkSetup)
{
    var folder = Directory.CreateTempSubdirectory("briefing-load-").FullName;
    (var admin, minted) = await BulkSetup.CreateAsync(options.Database ?? Path.Combine(folder, BriefingRoom.Server.Storage.DatabaseChoice.DefaultSqliteFile), options.Reporters);
    started = ServerProcess.Launch(exe, options.Url, options.Database, folder, deleteFolder: true);
    await started.ReadyAsync(fresh: false);
    options = options with { AdminPassword = admin };
}
else if (options.Server is { } fresh)
{
    started = await ServerProcess.StartAsync(fresh, options.Url, options.Database);
}
await using var server = started;
var password = server?.AdminPassword is { Length: > 0 } first ? first : options.AdminPassword;
if (password is null)
{
    Console.Error.WriteLine("give --server to start one, or --admin-password for the server at --url");
    return 2;
}
var findings = new Findings();
using var office = minted is null
    ? await LoadOffice.CreateAsync(new Uri(options.Url), password, options.Reporters, options.SetupParallelism)
    : await LoadOffice.CreateAsync(new Uri(options.Url), password, minted);
var setupSeconds = clock.Elapsed.TotalSeconds;
Console.Error.WriteLine($"setup done in {setupSeconds:F1} s; running the live call");

var cpuBefore = server?.Usage().CpuSeconds ?? 0;
clock.Restart();
var live = await new LiveCall(office, options, findings).RunAsync();
Console.Error.WriteLine("live call done; concluding fresh briefings");
var conclusions = await Publication.FreshAsync(office, Math.Max(options.Conclusions - 1, 0), options.Paragraphs, findings);
var usage = server?.Usage() ?? default;
Report.Print(Console.Out, options, live, [live.ConclusionToPublic, .. conclusions], setupSeconds,
    (usage.CpuSeconds - cpuBefore, usage.PeakRssMb, usage.Threads), clock.Elapsed.TotalSeconds, loadBefore, Report.LoadAverage(), findings);
return findings.Count == 0 ? 0 : 1;
