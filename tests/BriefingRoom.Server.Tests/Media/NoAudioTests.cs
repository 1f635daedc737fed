using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>Without a media server the call runs as it always has, and both the control room and the reporter's page say that audio is off and why.</summary>
public sealed class NoAudioTests
{
    [Fact(Timeout = 60_000)]
    public async Task With_no_Janus_program_the_call_runs_and_the_pages_say_Janus_is_not_installed()
    {
        await AssertCallRunsWithoutAudioAsync(new MediaOptions { JanusProgram = "/nonexistent/bin/janus" },
            "Janus is not installed on this server.", staffDetail: "There is no Janus program at /nonexistent/bin/janus.");
    }

    [Fact(Timeout = 60_000)]
    public async Task With_a_media_server_that_does_not_answer_the_call_runs_and_the_pages_say_so()
    {
        var nobody = new Uri($"http://127.0.0.1:{FreePort()}/janus");
        await AssertCallRunsWithoutAudioAsync(new MediaOptions { Server = nobody }, "the media server does not answer.", staffDetail: nobody.ToString());
    }

    [Fact(Timeout = 60_000)]
    public async Task With_audio_turned_off_the_pages_say_the_server_runs_calls_without_audio()
    {
        await AssertCallRunsWithoutAudioAsync(MediaOptions.Off, "this server runs calls without audio.", staffDetail: "--no-media");
    }

    private static async Task AssertCallRunsWithoutAudioAsync(MediaOptions media, string reason, string staffDetail)
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var server = await RunningServer.StartAsync(database.Choice, options: o => o with { Media = media });
        await using var office = await Office.OnAsync(database, server);
        var supervisor = server.App.Services.GetRequiredService<MediaSupervisor>();
        await Eventually.ThatAsync(() => Task.FromResult(supervisor.Status), s => reason.StartsWith(s.Reason, StringComparison.Ordinal), $"audio off because {reason}");

        await office.RunCallAsync(conclude: false);

        var room = await office["moderator"].GetStringAsync($"/staff/briefings/{office.BriefingId}");
        var reporter = await office["reporterA"].GetStringAsync($"/briefings/{office.BriefingId}");
        Assert.Contains($"<strong>Audio is off:</strong> {WebUtility.HtmlEncode(reason)}", room, StringComparison.Ordinal);
        Assert.Contains($"<strong>Audio is off:</strong> {WebUtility.HtmlEncode(reason)}", reporter, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(staffDetail), room, StringComparison.Ordinal);
        // Reporters learn why there is no audio, not the server's addresses or options.
        Assert.DoesNotContain(WebUtility.HtmlEncode(staffDetail), reporter, StringComparison.Ordinal);

        var answer = await office["operator"].GetFromJsonAsync<JsonElement>("/api/media");
        Assert.False(answer.GetProperty("on").GetBoolean());
        Assert.Equal(reason.TrimEnd('.'), answer.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await office["reporterA"].GetAsync("/api/media")).StatusCode);

        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
