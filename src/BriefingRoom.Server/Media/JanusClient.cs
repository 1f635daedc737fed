using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace BriefingRoom.Server.Media;

/// <summary>Janus's HTTP API (https://janus.conf.meetecho.com/docs/rest.html): sessions, plugin handles, keepalives and synchronous plugin requests.</summary>
public sealed class JanusClient(HttpClient http, Uri api, string? apiSecret)
{
    public const string AudioBridge = "janus.plugin.audiobridge";

    public Uri Api { get; } = api;

    /// <summary>The same server and secret through another <see cref="HttpClient"/> (one whose timeout outlasts a long poll).</summary>
    public JanusClient Through(HttpClient other) => new(other, Api, apiSecret);

    /// <summary>The server's <c>info</c>, which needs no secret: its version, plugins and transports.</summary>
    public async Task<JanusInfo> InfoAsync(CancellationToken cancel)
    {
        var reply = await http.GetFromJsonAsync<JsonObject>(Api + "/info", cancel) ?? throw new JanusException(0, "an empty answer to info");
        return new JanusInfo(
            reply["version_string"]?.GetValue<string>() ?? "",
            Names(reply["plugins"]),
            Names(reply["transports"]));
    }

    public async Task<long> CreateSessionAsync(CancellationToken cancel) => Id(await SendAsync("", new JsonObject { ["janus"] = "create" }, cancel));

    public async Task<long> AttachAsync(long session, string plugin, CancellationToken cancel) =>
        Id(await SendAsync(Path(session), new JsonObject { ["janus"] = "attach", ["plugin"] = plugin }, cancel));

    /// <summary>Keeps a session alive: Janus ends one that has heard nothing for its session timeout (60 s).</summary>
    public Task KeepAliveAsync(long session, CancellationToken cancel) => SendAsync(Path(session), new JsonObject { ["janus"] = "keepalive" }, cancel);

    public Task DestroySessionAsync(long session, CancellationToken cancel) => SendAsync(Path(session), new JsonObject { ["janus"] = "destroy" }, cancel);

    /// <summary>A synchronous plugin request (AudioBridge create, destroy, list, mute …); returns the plugin's answer, or throws its error.</summary>
    public async Task<JsonObject> RequestAsync(long session, long handle, JsonObject body, CancellationToken cancel)
    {
        var reply = await SendAsync(Path(session) + "/" + handle.ToString(CultureInfo.InvariantCulture), new JsonObject { ["janus"] = "message", ["body"] = body }, cancel);
        var data = reply["plugindata"]?["data"] as JsonObject ?? throw new JanusException(0, "a plugin answer without data");
        if (data["error"] is { } error)
        {
            throw new JanusException(data["error_code"]?.GetValue<int>() ?? 0, error.GetValue<string>());
        }
        return data;
    }

    /// <summary>An asynchronous plugin request whose answer nobody waits for (the recorder's join).</summary>
    public Task PostAsync(long session, long handle, JsonObject body, CancellationToken cancel) =>
        SendAsync(session, handle, transaction: null, body, jsep: null, cancel);

    public Task DetachAsync(long session, long handle, CancellationToken cancel) =>
        SendAsync(Path(session) + "/" + handle.ToString(CultureInfo.InvariantCulture), new JsonObject { ["janus"] = "detach" }, cancel);

    /// <summary>
    /// An asynchronous plugin request (AudioBridge join, configure, leave), with an SDP when one goes along: Janus acks it
    /// and answers later as an event carrying the same transaction, which <see cref="PollAsync"/> brings back.
    /// </summary>
    public async Task SendAsync(long session, long handle, string? transaction, JsonObject body, JsonObject? jsep, CancellationToken cancel)
    {
        var message = new JsonObject { ["janus"] = "message", ["body"] = body, ["transaction"] = transaction };
        if (jsep is not null)
        {
            message["jsep"] = jsep;
        }
        await SendAsync(Path(session) + "/" + handle.ToString(CultureInfo.InvariantCulture), message, cancel);
    }

    /// <summary>A session's events (plugin events, hangups, media), waiting up to Janus's long-poll time (30 s) for the first.</summary>
    public async Task<IReadOnlyList<JsonObject>> PollAsync(long session, CancellationToken cancel)
    {
        var query = "?maxev=10" + (apiSecret is null ? "" : "&apisecret=" + Uri.EscapeDataString(apiSecret));
        var reply = await http.GetFromJsonAsync<JsonNode>(Api + Path(session) + query, cancel);
        return reply switch
        {
            JsonArray many => [.. many.OfType<JsonObject>()],
            JsonObject { } one when one["janus"]?.GetValue<string>() == "error" =>
                throw new JanusException(one["error"]?["code"]?.GetValue<int>() ?? 0, one["error"]?["reason"]?.GetValue<string>() ?? "an error without a reason"),
            JsonObject { } one when one["janus"]?.GetValue<string>() == "keepalive" => [],
            JsonObject { } one => [one],
            _ => [],
        };
    }

    private async Task<JsonObject> SendAsync(string path, JsonObject request, CancellationToken cancel)
    {
        request["transaction"] ??= RandomNumberGenerator.GetHexString(16, lowercase: true);
        if (apiSecret is not null)
        {
            request["apisecret"] = apiSecret;
        }
        using var response = await http.PostAsJsonAsync(Api + path, request, cancel);
        response.EnsureSuccessStatusCode();
        var reply = await response.Content.ReadFromJsonAsync<JsonObject>(cancel) ?? throw new JanusException(0, "an empty answer");
        return reply["janus"]?.GetValue<string>() switch
        {
            "success" or "ack" => reply,
            "error" => throw new JanusException(reply["error"]?["code"]?.GetValue<int>() ?? 0, reply["error"]?["reason"]?.GetValue<string>() ?? "an error without a reason"),
            var other => throw new JanusException(0, $"an unexpected answer '{other}'"),
        };
    }

    private static string Path(long session) => "/" + session.ToString(CultureInfo.InvariantCulture);

    private static long Id(JsonObject reply) => reply["data"]?["id"]?.GetValue<long>() ?? throw new JanusException(0, "an answer without an id");

    private static string[] Names(JsonNode? node) => node is JsonObject map ? [.. map.Select(p => p.Key)] : [];
}

/// <summary>What Janus says about itself in answer to <c>info</c>.</summary>
public sealed record JanusInfo(string Version, IReadOnlyList<string> Plugins, IReadOnlyList<string> Transports);

/// <summary>An error Janus answered with: its code (403 for a missing or wrong secret) and reason.</summary>
public sealed class JanusException(int code, string reason) : Exception($"Janus answered with error {code}: {reason}")
{
    public int Code { get; } = code;
}
