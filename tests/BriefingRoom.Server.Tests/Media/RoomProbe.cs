using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BriefingRoom.Server.Media;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>
/// The test's own hands in a call's room, holding its secret: lets people in with a token and joins them without
/// WebRTC (a join needs no offer), reads the participants back, and changes a mute as a lost request would leave it.
/// </summary>
public sealed class RoomProbe(HttpClient http, Uri api, string apiSecret, long room, string secret)
{
    private JanusClient Client { get; } = new(http, api, apiSecret);

    private long _session;
    private long _handle;

    public static async Task<RoomProbe> OnAsync(HttpClient http, Uri api, string apiSecret, long room, string secret)
    {
        var probe = new RoomProbe(http, api, apiSecret, room, secret);
        probe._session = await probe.Client.CreateSessionAsync(CancellationToken.None);
        probe._handle = await probe.Client.AttachAsync(probe._session, JanusClient.AudioBridge, CancellationToken.None);
        return probe;
    }

    /// <summary>Joins one person with their own session and a token added for them, starting unmuted unless told: the worst a join can leave.</summary>
    public async Task JoinAsync(long id, bool muted = false)
    {
        var token = $"probe-{id}";
        await RequestAsync(new JsonObject { ["request"] = "allowed", ["action"] = "add", ["room"] = room, ["secret"] = secret, ["allowed"] = new JsonArray(token) });
        var session = await Client.CreateSessionAsync(CancellationToken.None);
        var handle = await Client.AttachAsync(session, JanusClient.AudioBridge, CancellationToken.None);
        _guests.Add(session);
        // join is asynchronous in AudioBridge: Janus acks it and tells the result as an event, so it is posted raw and looked for in the list.
        var body = new JsonObject { ["request"] = "join", ["room"] = room, ["id"] = id, ["token"] = token, ["display"] = $"guest {id}", ["muted"] = muted };
        var reply = await http.PostAsJsonAsync($"{api}/{session}/{handle}", new JsonObject { ["janus"] = "message", ["transaction"] = $"join-{id}", ["apisecret"] = apiSecret, ["body"] = body });
        reply.EnsureSuccessStatusCode();
        await Eventually.ThatAsync(async () => (await ParticipantsAsync()).ContainsKey(id), there => there, $"participant {id} joining");
    }

    private readonly List<long> _guests = [];

    /// <summary>The Janus sessions the probe holds: its own and each guest's.</summary>
    public IReadOnlyList<long> Sessions => [.. _guests, _session];

    /// <summary>Every participant of the room and whether Janus has them muted; the sessions are kept alive on the way.</summary>
    public async Task<Dictionary<long, bool>> ParticipantsAsync()
    {
        foreach (var session in _guests.Append(_session))
        {
            await Client.KeepAliveAsync(session, CancellationToken.None);
        }
        var list = await RequestAsync(new JsonObject { ["request"] = "listparticipants", ["room"] = room });
        return ((JsonArray)list["participants"]!).ToDictionary(p => p!["id"]!.GetValue<long>(), p => p!["muted"]!.GetValue<bool>());
    }

    /// <summary>Changes a mute behind Briefing Room's back, as a lost request or a participant's own configure would.</summary>
    public Task UnmuteAsync(long id) => RequestAsync(new JsonObject { ["request"] = "unmute", ["room"] = room, ["secret"] = secret, ["id"] = id });

    public async Task<bool> ExistsAsync() => (await RequestAsync(new JsonObject { ["request"] = "exists", ["room"] = room }))["exists"]!.GetValue<bool>();

    private Task<JsonObject> RequestAsync(JsonObject body) => Client.RequestAsync(_session, _handle, body, CancellationToken.None);
}
