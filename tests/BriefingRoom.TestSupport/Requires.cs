using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace BriefingRoom.TestSupport;

/// <summary>
/// What a test needs from the machine: skipped with the reason when it is absent, but failed when
/// BRIEFING_TEST_REQUIRE_ALL=1 (test.sh sets it, so nothing is silently skipped there).
/// Call these from the test body (a SkippableFact), never from a fixture's constructor, where a skip reads as a failure.
/// </summary>
public static class Requires
{
    public const string PostgresVariable = "BRIEFING_TEST_POSTGRES";
    public const string ChromiumVariable = "BRIEFING_TEST_CHROMIUM";
    public const string RequireAllVariable = "BRIEFING_TEST_REQUIRE_ALL";
    public const string PublishedVariable = "BRIEFING_TEST_PUBLISHED";

    public static bool RequireAll => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    /// <summary>The Npgsql connection string of a server the tests may create databases on.</summary>
    public static string Postgres() => WhyNoPostgres() is { } why ? Missing(why) : Variable(PostgresVariable)!;

    /// <summary>The path of a Chromium executable.</summary>
    public static string Chromium() => WhyNoChromium() is { } why ? Missing(why) : Variable(ChromiumVariable)!;

    /// <summary>The Janus program on the PATH, with its AudioBridge plugin and HTTP transport.</summary>
    public static BriefingRoom.Server.Media.JanusInstall Janus() =>
        BriefingRoom.Server.Media.JanusInstall.Find("janus", out var why) ?? throw new InvalidOperationException(Missing($"no Janus: {why} (./test.sh installs it)"));

    /// <summary>A folder holding `dotnet publish -c Release src/BriefingRoom.Server`: the ahead-of-time briefing and briefing-server.</summary>
    public static string Published() => WhyNoPublished() is { } why ? Missing(why) : Variable(PublishedVariable)!;

    /// <summary>Why there is no published build to run, or null when there is.</summary>
    public static string? WhyNoPublished() => Variable(PublishedVariable) switch
    {
        null => $"no published build: {PublishedVariable} is not set (./test.sh publishes one)",
        var dir when !File.Exists(Path.Combine(dir, "briefing")) || !File.Exists(Path.Combine(dir, "briefing-server")) =>
            $"no published build: {PublishedVariable} names {dir}, which lacks briefing or briefing-server",
        _ => null,
    };

    /// <summary>Why there is no PostgreSQL to test against, or null when there is.</summary>
    public static string? WhyNoPostgres() =>
        Variable(PostgresVariable) is null ? $"no PostgreSQL: {PostgresVariable} is not set (./test.sh starts one)" : null;

    /// <summary>Why there is no Chromium to test in, or null when there is.</summary>
    public static string? WhyNoChromium() => Variable(ChromiumVariable) switch
    {
        null => $"no Chromium: {ChromiumVariable} is not set (./test.sh sets it to /usr/bin/chromium)",
        var path when !File.Exists(path) => $"no Chromium: {ChromiumVariable} names {path}, which does not exist",
        _ => null,
    };

    /// <summary>
    /// Prints, once per fixture, why its tests will skip: the console logger shows a skip's reason only at
    /// detailed verbosity, while diagnostic messages (xunit.runner.json) show at every verbosity.
    /// </summary>
    public static void Announce(IMessageSink diagnostics, string? why)
    {
        if (why is not null && !RequireAll)
        {
            diagnostics.OnMessage(new DiagnosticMessage($"skipping the tests that need it: {why}"));
        }
    }

    /// <summary>Skips the running test with the reason, or fails it when every test is required to run.</summary>
    public static string Missing(string reason) =>
        RequireAll
            ? throw new InvalidOperationException($"{reason}; {RequireAllVariable}=1 requires every test to run")
            : throw new SkipException(reason);

    static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
