using System.Globalization;

namespace BriefingRoom.LoadTest;

/// <summary>What one load run does; every figure has a default that fits a 2-core machine.</summary>
public sealed record LoadOptions
{
    /// <summary>The published <c>briefing</c> executable to start in a temp dir; null to use a server already at <see cref="Url"/>.</summary>
    public string? Server { get; init; }

    public string Url { get; init; } = "http://127.0.0.1:5101";

    /// <summary>PostgreSQL connection string handed to <c>briefing serve --database</c>; SQLite in the temp dir when null.</summary>
    public string? Database { get; init; }

    /// <summary>Needed only with a server already running (a started one prints it).</summary>
    public string? AdminPassword { get; init; }

    public int Reporters { get; init; } = 10;

    public int Paragraphs { get; init; } = 100;

    public double ParagraphsPerSecond { get; init; } = 5;

    /// <summary>Queue actions (raise or withdraw) per second over all reporters; capped so no account passes 30 a minute.</summary>
    public double QueueActionsPerSecond { get; init; } = 10;

    public double QueueSeconds { get; init; } = 20;

    public int Conclusions { get; init; } = 20;

    /// <summary>How many sign-ups and sign-ins run at once (each costs the server a PBKDF2 hash).</summary>
    public int SetupParallelism { get; init; } = 8;

    /// <summary>Reporters made in the database before the server starts, with minted sessions (<see cref="BulkSetup"/>), instead of over HTTP.</summary>
    public bool BulkSetup { get; init; }

    public static LoadOptions Parse(string[] args)
    {
        var o = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--server" => o with { Server = value },
                "--url" => o with { Url = value.TrimEnd('/') },
                "--database" => o with { Database = value },
                "--admin-password" => o with { AdminPassword = value },
                "--reporters" => o with { Reporters = Int(value) },
                "--paragraphs" => o with { Paragraphs = Int(value) },
                "--paragraph-rate" => o with { ParagraphsPerSecond = Number(value) },
                "--queue-rate" => o with { QueueActionsPerSecond = Number(value) },
                "--queue-seconds" => o with { QueueSeconds = Number(value) },
                "--conclusions" => o with { Conclusions = Int(value) },
                "--setup-parallelism" => o with { SetupParallelism = Int(value) },
                "--setup" => o with { BulkSetup = value switch { "bulk" => true, "http" => false, _ => throw new ArgumentException($"--setup {value}: give bulk or http") } },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }
        return o;
    }

    public const string Usage = """
        usage: BriefingRoom.LoadTest [--server PATH/briefing | --url URL --admin-password PW] [--database PG-CONNECTION]
                                     [--reporters 10] [--paragraphs 100] [--paragraph-rate 5] [--queue-rate 10]
                                     [--queue-seconds 20] [--conclusions 20] [--setup-parallelism 8] [--setup http|bulk]
        """;

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
