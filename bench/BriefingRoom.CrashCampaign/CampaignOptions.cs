using System.Globalization;

namespace BriefingRoom.CrashCampaign;

/// <summary>
/// What a campaign runs against and how hard: the built <c>briefing</c> executable, the database (a SQLite file in
/// the campaign's folder unless a PostgreSQL connection string is given), how many SIGKILLs, the seed that picks
/// their moments, and how many reporters keep the queue busy.
/// </summary>
public sealed record CampaignOptions(string Server, string? Database, int Crashes = 8, int Seed = 1, int Reporters = 3)
{
    public const string Usage =
        "usage: BriefingRoom.CrashCampaign --server PATH/briefing [--database POSTGRES-CONNECTION] [--crashes 60] [--seed 1] [--reporters 3]";

    public static CampaignOptions Parse(string[] args)
    {
        var options = new CampaignOptions("", null);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--server" => options with { Server = value },
                "--database" => options with { Database = value },
                "--crashes" => options with { Crashes = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--reporters" => options with { Reporters = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }
        return options.Server.Length == 0 ? throw new ArgumentException("--server is required") : options;
    }
}
