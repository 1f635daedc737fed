using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>A running server with its own Janus, the office on it, and the call open with its room in Janus.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class LiveCall : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly RunningServer _server;
    private readonly HttpClient _http = new();

    private LiveCall(TestDatabase database, RunningServer server, Office office) => (_database, _server, Office) = (database, server, office);

    public Office Office { get; }

    public IServiceProvider Services => _server.App.Services;

    public static async Task<LiveCall> StartAsync(string engine = TestDatabase.Sqlite, bool open = true)
    {
        var database = await TestDatabase.CreateAsync(engine);
        // A Janus of its own, never shared: a room's number is its briefing's, so every fresh database's first call would be room 1 of a shared one.
        var server = await RunningServer.StartAsync(database.Choice, options: o => o with { Media = new MediaOptions() });
        var call = new LiveCall(database, server, await Office.OnAsync(database, server));
        await OwnJanus.OnAsync(server.App.Services.GetRequiredService<MediaSupervisor>());
        if (open)
        {
            await call.OpenAsync();
        }
        return call;
    }

    public async Task OpenAsync()
    {
        await Office.OkAsync("moderator", Office.Api("/open"));
        var rooms = Services.GetRequiredService<AudioRooms>();
        await Eventually.ThatAsync(() => Task.FromResult(rooms.Rooms.Contains(Office.BriefingId)), made => made, "the call's room being created");
    }

    public Task<HttpResponseMessage> PostJoinAsync(string who, string query = "", string direction = "sendrecv") =>
        Office[who].PostAsJsonAsync(Office.Api("/audio") + query, new { sdp = Offers.Audio(direction) });

    public async Task<JsonElement> JoinAsync(string who, string query = "", string direction = "sendrecv")
    {
        var response = await PostJoinAsync(who, query, direction);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{who} joining: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Janus's own list of the room: each participant id and whether it is muted.</summary>
    public async Task<Dictionary<long, bool>> ParticipantsInJanusAsync()
    {
        var control = Services.GetRequiredService<MediaSupervisor>().Control!;
        var list = await control.Client.RequestAsync(control.Session, control.Handle, new JsonObject { ["request"] = "listparticipants", ["room"] = Office.BriefingId }, CancellationToken.None);
        return list["participants"]!.AsArray().ToDictionary(p => p!["id"]!.GetValue<long>(), p => p!["muted"]!.GetValue<bool>());
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Office.DisposeAsync();
        await _database.DisposeAsync();
    }
}
