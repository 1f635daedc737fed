using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>
/// Briefing Room's own Janus, with the real program: started on loopback with generated secrets and only what the call
/// needs, refusing whoever lacks the secret, restarted when killed and gone when the server stops.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class JanusSupervisionTests
{
    private const int Timeout = 60_000;

    [SkippableFact(Timeout = Timeout)]
    public async Task The_server_starts_its_own_Janus_on_loopback_with_only_the_audio_bridge_and_stops_it_when_it_stops()
    {
        Requires.Janus();
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        int pid;
        string folder;
        await using (var server = await RunningServer.StartAsync(database.Choice, options: o => o with { Media = new MediaOptions() }))
        {
            var media = server.App.Services.GetRequiredService<MediaSupervisor>();
            var janus = await OwnJanus.OnAsync(media);
            (pid, folder) = (janus.Id, janus.Configuration.Folder);
            var configuration = janus.Configuration;
            Assert.True(Process.GetProcessById(pid).ProcessName is "janus" or "setpriv", "the pid is not Janus's");

            using var http = new HttpClient();
            var info = await http.GetFromJsonAsync<JsonElement>($"{configuration.Api}/info");
            Assert.Equal(["janus.plugin.audiobridge"], OwnJanus.Names(info.GetProperty("plugins")));
            Assert.Equal(["janus.transport.http"], OwnJanus.Names(info.GetProperty("transports")));
            Assert.Equal("127.0.0.1", info.GetProperty("local-ip").GetString());
            Assert.False(info.GetProperty("ipv6").GetBoolean());

            // Without the secret, or with the sample's, Janus refuses; with the secret generated for this start it serves.
            Assert.Equal(403, await OwnJanus.CreateSessionAsync(http, configuration.Api, secret: null));
            Assert.Equal(403, await OwnJanus.CreateSessionAsync(http, configuration.Api, secret: "janusrocks"));
            Assert.Equal(200, await OwnJanus.CreateSessionAsync(http, configuration.Api, configuration.ApiSecret));
            var admin = await http.PostAsJsonAsync(configuration.Admin, new { janus = "list_sessions", transaction = "t", admin_secret = "janusoverlord" });
            Assert.Equal(403, (await admin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetInt32());

            // The generated files: loopback only, no STUN or TURN, this start's secrets.
            var main = await File.ReadAllTextAsync(configuration.MainFile);
            var transport = await File.ReadAllTextAsync(Path.Combine(folder, "janus.transport.http.jcfg"));
            var bridge = await File.ReadAllTextAsync(Path.Combine(folder, "janus.plugin.audiobridge.jcfg"));
            Assert.Contains("ice_enforce_list = \"lo\"", main, StringComparison.Ordinal);
            Assert.Contains("ipv6 = false", main, StringComparison.Ordinal);
            Assert.DoesNotContain("stun_", main, StringComparison.Ordinal);
            Assert.DoesNotContain("turn_", main, StringComparison.Ordinal);
            Assert.Contains($"api_secret = \"{configuration.ApiSecret}\"", main, StringComparison.Ordinal);
            Assert.Contains($"admin_secret = \"{configuration.AdminSecret}\"", main, StringComparison.Ordinal);
            Assert.Contains("token_auth = true", main, StringComparison.Ordinal);
            Assert.Equal(2, transport.Split("ip = \"127.0.0.1\"").Length - 1);
            Assert.Contains($"admin_key = \"{configuration.RoomKey}\"", bridge, StringComparison.Ordinal);
            Assert.All(new[] { configuration.ApiSecret, configuration.AdminSecret, configuration.RoomKey }, s => Assert.Matches("^[0-9a-f]{32}$", s));
            Assert.Equal(3, new[] { configuration.ApiSecret, configuration.AdminSecret, configuration.RoomKey }.Distinct().Count());
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));

            // Staff read that audio is on and where; the control session on the bridge is up.
            Assert.NotNull(media.Control);
            using var admin2 = await server.SignInAsAdminAsync();
            var answer = await admin2.GetFromJsonAsync<JsonElement>("/api/media");
            Assert.True(answer.GetProperty("on").GetBoolean());
            Assert.Contains(configuration.Api.ToString(), answer.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        Assert.False(OwnJanus.IsRunning(pid), $"Janus (pid {pid}) is still running after the server stopped");
        Assert.False(Directory.Exists(folder), "the configuration folder, with its secrets, was left behind");
    }

    [SkippableFact(Timeout = Timeout)]
    public async Task A_Janus_killed_with_SIGKILL_is_started_again_with_new_secrets()
    {
        Requires.Janus();
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var server = await RunningServer.StartAsync(database.Choice, options: o => o with { Media = new MediaOptions() });
        var media = server.App.Services.GetRequiredService<MediaSupervisor>();
        var first = await OwnJanus.OnAsync(media);

        Process.GetProcessById(first.Id).Kill();

        await Eventually.ThatAsync(() => Task.FromResult(media.Status), s => !s.IsOn, "audio going off when Janus died");
        var second = await OwnJanus.OnAsync(media);
        Assert.NotEqual(first.Id, second.Id);
        Assert.False(OwnJanus.IsRunning(first.Id));
        Assert.NotEqual(first.Configuration.ApiSecret, second.Configuration.ApiSecret);
        Assert.False(Directory.Exists(first.Configuration.Folder), "the dead Janus's folder was left behind");
        using var http = new HttpClient();
        Assert.Equal(200, await OwnJanus.CreateSessionAsync(http, second.Configuration.Api, second.Configuration.ApiSecret));
    }

    [SkippableFact(Timeout = Timeout)]
    public async Task The_Janus_of_a_briefing_serve_killed_with_SIGKILL_dies_with_it()
    {
        Requires.Janus();
        using var database = new SqliteDatabase();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "serve", "--database", database.Path, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }
        using var server = Process.Start(start)!;
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            // A cold start of the published server on a busy two-core machine (JIT, migrations) can take most of a minute.
            var janus = await Eventually.ThatAsync(() => Task.FromResult(OwnJanus.Children(server.Id).FirstOrDefault(pid => OwnJanus.Name(pid) == "janus")), pid => pid != 0, "briefing serve starting Janus", seconds: 90);

            server.Kill();
            await server.WaitForExitAsync();

            await Eventually.ThatAsync(() => Task.FromResult(OwnJanus.IsRunning(janus)), running => !running, $"Janus (pid {janus}) ending with the server that was killed");
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
            }
        }
    }
}
