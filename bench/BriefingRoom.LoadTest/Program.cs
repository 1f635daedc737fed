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
await using var server = options.Server is { } exe ? await ServerProcess.StartAsync(exe, options.Url, options.Database) : null;
var password = server?.AdminPassword ?? options.AdminPassword;
if (password is null)
{
    Console.Error.WriteLine("give --server to start one, or --admin-password for the server at --url");
    return 2;
}
var findings = new Findings();
var clock = Stopwatch.StartNew();
using var office = await LoadOffice.CreateAsync(new Uri(options.Url), password, options.Reporters, options.SetupParallelism);
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
