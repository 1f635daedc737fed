using System.CommandLine;
using BriefingRoom.CommandLine;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Media;
using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.CommandLine;

/// <summary><c>briefing serve</c>: runs the briefing room on SQLite under ./data, or on PostgreSQL when given a connection string.</summary>
public static class ServeCommand
{
    public const string DatabaseVariable = "BRIEFING_DATABASE";

    public static Command Create()
    {
        var database = DatabaseOption();
        var urls = new Option<string?>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (default $ASPNETCORE_URLS, else http://localhost:5000).",
        };
        var demo = new Option<bool>("--demo") { Description = "Fill a fresh database with a sample briefing and an account for every role." };
        var publicUrl = new Option<string?>("--public-url") { Description = "The public site's address, the only origin of absolute links in permalinks, feeds and invitations (e.g. https://example.gov)." };
        var proxies = new Option<string[]>("--trusted-proxy")
        {
            Description = "Address of a reverse proxy whose X-Forwarded-For and -Proto headers to believe (loopback always is); repeat for more.",
            AllowMultipleArgumentsPerToken = false,
        };
        var mediaServer = new Option<string?>("--media-server")
        {
            Description = $"The HTTP API of a Janus run elsewhere for the call's audio (e.g. http://10.0.0.5:8088/janus), or ${MediaOptions.ServerVariable}; its secrets come from ${MediaOptions.ApiSecretVariable} and ${MediaOptions.RoomKeyVariable}. Default: start Janus on loopback when it is installed.",
        };
        var janus = new Option<string?>("--janus") { Description = "The Janus program to start for the call's audio (default: janus on the PATH)." };
        var noMedia = new Option<bool>("--no-media") { Description = "Run calls without audio: start no media server and call none." };
        var recordings = new Option<string?>("--recordings")
        {
            Description = "The staff-only folder for call recordings (default: recordings/ beside the SQLite file, or data/recordings); with --media-server it must be the same folder on both machines, and without it calls are not recorded.",
        };
        var command = new Command("serve", "Run the briefing room: schedule, run live calls, hold embargoes and publish.") { database, urls, demo, publicUrl, proxies, mediaServer, janus, noMedia, recordings };
        command.SetAction(result =>
        {
            var options = new ServerOptions(
                Database(result.GetValue(database)),
                (result.GetValue(urls) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                result.GetValue(demo))
            {
                SiteBase = PublicUrl(result.GetValue(publicUrl)),
                TrustedProxies = [.. (result.GetValue(proxies) ?? []).Select(ProxyAddress)],
                Media = Media(result.GetValue(noMedia), result.GetValue(mediaServer), result.GetValue(janus)),
                Recordings = result.GetValue(recordings) is { Length: > 0 } folder ? Path.GetFullPath(folder) : null,
            };
            return Serve(options, result.InvocationConfiguration.Output);
        });
        return command;
    }

    /// <summary>The <c>--database</c> option, shared by every command that opens the database.</summary>
    public static Option<string?> DatabaseOption() => new("--database")
    {
        Description = $"PostgreSQL connection string (Host=…;Username=…) or URI, or a SQLite file; default {DatabaseChoice.DefaultSqliteFile}, or ${DatabaseVariable}.",
    };

    /// <summary>The database named by the option, else by <c>BRIEFING_DATABASE</c>, else the default SQLite file.</summary>
    public static DatabaseChoice Database(string? option) => DatabaseChoice.Parse(option ?? Environment.GetEnvironmentVariable(DatabaseVariable));

    // Every absolute link is built on it, so a value that is not an http(s) origin is refused rather than spread into feeds.
    private static string PublicUrl(string? text) =>
        text is null ? ""
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? text.TrimEnd('/')
            : throw new CliInputException($"briefing serve: --public-url '{text}' is not an address like https://press.example.gov");

    // --no-media wins over any server named, so one flag turns audio off whatever the environment says.
    private static MediaOptions Media(bool off, string? server, string? janus)
    {
        if (off)
        {
            return MediaOptions.Off;
        }
        var text = server ?? (Environment.GetEnvironmentVariable(MediaOptions.ServerVariable) is { Length: > 0 } variable ? variable : null);
        var uri = text is null ? null : MediaOptions.ParseServer(text, out var error) ?? throw new CliInputException($"briefing serve: --media-server {error}");
        return new MediaOptions
        {
            Server = uri,
            JanusProgram = janus ?? "janus",
            ApiSecret = Environment.GetEnvironmentVariable(MediaOptions.ApiSecretVariable),
            RoomKey = Environment.GetEnvironmentVariable(MediaOptions.RoomKeyVariable),
        };
    }

    private static System.Net.IPAddress ProxyAddress(string text) =>
        System.Net.IPAddress.TryParse(text, out var address) ? address : throw new CliInputException($"briefing serve: --trusted-proxy '{text}' is not an IP address");

    private static int Serve(ServerOptions options, TextWriter output)
    {
        var app = ServerApp.Build(options);
        var password = ServerApp.PrepareDatabaseAsync(app.Services).GetAwaiter().GetResult();
        var demo = options.Demo ? DemoData.AddAsync(app.Services).GetAwaiter().GetResult() : [];
        app.Start();
        var address = app.Urls.FirstOrDefault() ?? "http://localhost:5000";
        output.WriteLine($"Briefing Room is running at {address} on {options.Database.Describe()}.");
        if (password is not null)
        {
            output.WriteLine($"First run: sign in at {address}/sign-in as {FirstRun.AdminEmail} with the password {password}");
            output.WriteLine($"(shown once; change it after signing in, at {address}/account/password).");
        }
        foreach (var line in demo)
        {
            output.WriteLine(line);
        }
        output.Flush();
        app.WaitForShutdown();
        return Cli.Ok;
    }
}
