using System.Net;
using System.Net.Http.Json;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Media;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.TestSupport;

/// <summary>
/// The real server on a real loopback port (Kestrel, port chosen by the OS) over a real database, as
/// <c>briefing serve</c> runs it. Time comes from the given provider, so tests can move the clock.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(WebApplication app, Uri address, string adminPassword, DatabaseChoice database)
    {
        App = app;
        Address = address;
        AdminPassword = adminPassword;
        Database = database;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public DatabaseChoice Database { get; }

    /// <summary>The first administrator's generated password (admin@localhost); empty when the database had accounts already.</summary>
    public string AdminPassword { get; }

    /// <param name="services">Adds to the server's services after the defaults (a logger provider that records what the server logs).</param>
    public static async Task<RunningServer> StartAsync(DatabaseChoice database, TimeProvider? time = null, Func<ServerOptions, ServerOptions>? options = null,
        Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        // No Janus unless a test asks for one (options): hundreds of servers each starting a media server would test the machine.
        // Each server records calls into a folder of its own, removed with it: tests never share or leave recordings.
        var recordings = Path.Combine(Path.GetTempPath(), $"briefing-test-recordings-{Guid.NewGuid():N}");
        var serverOptions = new ServerOptions(database, ["http://127.0.0.1:0"]) { SignInPerMinute = 1000, QueueActionsPerMinute = 1000, Media = MediaOptions.Off, Recordings = recordings };
        serverOptions = options?.Invoke(serverOptions) ?? serverOptions;
        var app = ServerApp.Build(serverOptions, collection =>
        {
            if (time is not null)
            {
                collection.AddSingleton(time);
            }
            services?.Invoke(collection);
        });
        var password = await ServerApp.PrepareDatabaseAsync(app.Services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(app, new Uri(address), password ?? "", database) { _recordings = recordings };
    }

    private string? _recordings;

    /// <summary>A client with its own cookie jar: one browser, one person.</summary>
    public HttpClient NewClient()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        return new HttpClient(handler) { BaseAddress = Address };
    }

    /// <summary>A client signed in with the given credentials; fails the test if sign-in is refused.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = NewClient();
        var response = await client.PostAsJsonAsync("/api/session", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return client;
    }

    public Task<HttpClient> SignInAsAdminAsync() => SignInAsync("admin@localhost", AdminPassword);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_recordings is not null && Directory.Exists(_recordings))
        {
            Directory.Delete(_recordings, recursive: true);
        }
    }
}
