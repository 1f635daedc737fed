using BriefingRoom.CrashCampaign;
using BriefingRoom.TestSupport;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>
/// The short crash campaign: the real <c>briefing</c> executable (built beside these tests), killed with SIGKILL eight
/// times at seeded moments of a busy call on each engine. Nothing acknowledged may be lost, doubled or moved, every
/// reader must resume exactly, and a conclusion acknowledged before a crash must publish once. The long form is
/// bench/crash-campaign.sh.
/// </summary>
public sealed class CrashCampaignTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Acknowledged_commands_survive_eight_kills(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var server = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "briefing.exe" : "briefing");
        var options = new CampaignOptions(server, engine == TestDatabase.Postgres ? database.Choice.ConnectionString : null, Crashes: 8, Seed: 7);
        using var log = new StringWriter();
        var report = await new Campaign(options, log).RunAsync();

        using var figures = new StringWriter();
        report.Print(figures);
        output.WriteLine(figures.ToString());
        Assert.True(report.Clean, figures.ToString());
        Assert.True(report.Acknowledged > 0 && report.ResumeChecks > 0 && report.PublicationChecks > 0, "the campaign checked nothing");
    }
}
