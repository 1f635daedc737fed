using BriefingRoom.CrashCampaign;

// SIGKILLs a real `briefing serve` at seeded moments of a busy call and checks, after each restart, that nothing acknowledged was lost.
CampaignOptions options;
try
{
    options = CampaignOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(CampaignOptions.Usage);
    return 2;
}
var report = await new Campaign(options, Console.Error).RunAsync();
report.Print(Console.Out);
return report.Clean ? 0 : 1;
