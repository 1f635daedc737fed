using System.Globalization;
using BriefingRoom.FanoutSetup;
using Microsoft.Extensions.DependencyInjection;

// Prepares a `briefing serve` database for the fan-out bench before the server starts: N admitted reporters in a live call,
// and a session cookie for each (plus the stenographer's), written one a line for the C client (bench/fanout/fanclient.c).
if (args.Length != 3 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var reporters) || reporters < 1)
{
    Console.Error.WriteLine("usage: BriefingRoom.FanoutSetup DATABASE REPORTERS OUT-DIR");
    Console.Error.WriteLine("  DATABASE: the SQLite file or PostgreSQL connection string `briefing serve --database` will be given");
    Console.Error.WriteLine("  writes OUT-DIR/cookies.txt (line 1 the stenographer, then one per reporter) and OUT-DIR/call.env");
    return 2;
}
var clock = System.Diagnostics.Stopwatch.StartNew();
await using var server = await OfflineServer.OpenAsync(args[0]);
var call = await BulkOffice.CreateAsync(server.Services, reporters, Console.Error);

var mint = new SessionMint(server.Services, server.Services.GetRequiredService<TimeProvider>());
var cookies = new List<string>(reporters + 1) { mint.CookieFor(call.Stenographer) };
cookies.AddRange(call.Reporters.Select(mint.CookieFor));
if (!mint.ReadsBack(cookies[1], call.Reporters[0]))
{
    Console.Error.WriteLine("a minted session cookie does not read back as its account");
    return 1;
}
Directory.CreateDirectory(args[2]);
await File.WriteAllLinesAsync(Path.Combine(args[2], "cookies.txt"), cookies);
await File.WriteAllTextAsync(Path.Combine(args[2], "call.env"), string.Create(CultureInfo.InvariantCulture,
    $"BRIEFING_ID={call.BriefingId}\nTURN={call.TurnId}\nAFTER={call.LastSeq}\nADMIN_PASSWORD={server.AdminPassword ?? ""}\nPASSWORD={BulkOffice.Password}\n"));
Console.Error.WriteLine($"setup of {reporters} reporters done in {clock.Elapsed.TotalSeconds:F1} s (briefing {call.BriefingId}, after={call.LastSeq})");
return 0;
