using System.Text.Json.Nodes;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>One AudioBridge room per call, following the log: there while the call is live, only Briefing Room's to change, and back after Janus restarts.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AudioRoomTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory(Timeout = 120_000)] // on PostgreSQL it has taken 60 s on a loaded machine
    [MemberData(nameof(Engines))]
    public async Task A_call_has_its_room_from_opening_to_conclusion_and_gets_it_back_from_a_restarted_Janus(string engine)
    {
        Requires.Janus();
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var server = await RunningServer.StartAsync(database.Choice, options: o => o with { Media = new MediaOptions() });
        await using var office = await Office.OnAsync(database, server);
        var media = server.App.Services.GetRequiredService<MediaSupervisor>();
        var rooms = server.App.Services.GetRequiredService<AudioRooms>();
        var room = office.BriefingId;
        using var http = new HttpClient();
        var janus = await OwnJanus.OnAsync(media);
        var outsider = await OutsiderAsync(http, janus);
        Assert.False(await outsider.ExistsAsync(room), "a room before the call opened");

        await office.OkAsync("moderator", office.Api("/open"));
        await Eventually.ThatAsync(() => outsider.ExistsAsync(room), exists => exists, "the call's room being created");

        // Even with Janus's API secret, no one but Briefing Room can create a room, or destroy or change this one.
        var refused = await Assert.ThrowsAsync<JanusException>(() => outsider.RequestAsync(new JsonObject { ["request"] = "create", ["room"] = 424242 }));
        Assert.Equal(483, refused.Code); // Janus asks for the room key it was configured with
        refused = await Assert.ThrowsAsync<JanusException>(() => outsider.RequestAsync(new JsonObject { ["request"] = "create", ["room"] = 424242, ["admin_key"] = "supersecret" }));
        Assert.Equal(489, refused.Code);
        refused = await Assert.ThrowsAsync<JanusException>(() => outsider.RequestAsync(new JsonObject { ["request"] = "edit", ["room"] = room, ["secret"] = "guess", ["new_pin"] = "1" }));
        Assert.Equal(489, refused.Code);
        refused = await Assert.ThrowsAsync<JanusException>(() => outsider.RequestAsync(new JsonObject { ["request"] = "destroy", ["room"] = room, ["secret"] = "guess" }));
        Assert.Equal(489, refused.Code);
        refused = await Assert.ThrowsAsync<JanusException>(() => outsider.RequestAsync(new JsonObject { ["request"] = "destroy", ["room"] = room }));
        Assert.Equal(483, refused.Code); // the room has a secret, so a request without one lacks an element
        Assert.True(await outsider.ExistsAsync(room));

        // A Janus that died took its rooms along: the one it is replaced by gets the live call's room again.
        System.Diagnostics.Process.GetProcessById(janus.Id).Kill();
        await Eventually.ThatAsync(() => Task.FromResult(media.Own?.Id ?? janus.Id), pid => pid != janus.Id, "a new Janus starting", seconds: 20);
        janus = await OwnJanus.OnAsync(media);
        outsider = await OutsiderAsync(http, janus);
        await Eventually.ThatAsync(() => outsider.ExistsAsync(room), exists => exists, "the call's room being created again in the new Janus");

        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        await Eventually.ThatAsync(() => outsider.ExistsAsync(room), exists => !exists, "the call's room being destroyed after the conclusion");
        Assert.DoesNotContain(room, rooms.Rooms);
    }

    private static async Task<Outsider> OutsiderAsync(HttpClient http, JanusProcess janus)
    {
        var client = new JanusClient(http, janus.Configuration.Api, janus.Configuration.ApiSecret);
        var session = await client.CreateSessionAsync(CancellationToken.None);
        return new Outsider(client, session, await client.AttachAsync(session, JanusClient.AudioBridge, CancellationToken.None));
    }

    /// <summary>A session on the AudioBridge that holds Janus's API secret but not the room key nor any room's secret.</summary>
    private sealed record Outsider(JanusClient Client, long Session, long Handle)
    {
        public Task<JsonObject> RequestAsync(JsonObject body) => Client.RequestAsync(Session, Handle, body, CancellationToken.None);

        public async Task<bool> ExistsAsync(long room) => (await RequestAsync(new JsonObject { ["request"] = "exists", ["room"] = room }))["exists"]!.GetValue<bool>();
    }
}
