using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BriefingRoom.Server.Media;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>
/// Someone speaking into a briefing's room without a browser: a plain-RTP participant (AudioBridge's SIP-style join)
/// that sends a pure tone in G.711 μ-law from a loopback socket, so a test knows exactly what the mix should hold and when.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class RtpSpeaker : IAsyncDisposable
{
    private const int Rate = 8000;
    private const int FrameSamples = 160; // 20 ms

    private readonly JanusClient _client;
    private readonly HttpClient _http;
    private readonly Uri _api;
    private readonly string _apiSecret;
    private readonly long _session;
    private readonly UdpClient _socket;
    private readonly IPEndPoint _janus;

    private RtpSpeaker(JanusClient client, HttpClient http, Uri api, string apiSecret, long session, UdpClient socket, IPEndPoint janus)
    {
        (_client, _http, _api, _apiSecret, _session, _socket, _janus) = (client, http, api, apiSecret, session, socket, janus);
    }

    /// <summary>Joins the room of <paramref name="briefing"/> unmuted with a token added through the room's secret, as Briefing Room adds a person's.</summary>
    public static async Task<RtpSpeaker> JoinAsync(HttpClient http, JanusProcess janus, string roomSecret, long briefing, long participant, bool muted = false)
    {
        ArgumentNullException.ThrowIfNull(janus);
        var config = janus.Configuration;
        var client = new JanusClient(http, config.Api, config.ApiSecret);
        var session = await client.CreateSessionAsync(CancellationToken.None);
        var handle = await client.AttachAsync(session, JanusClient.AudioBridge, CancellationToken.None);
        var token = RandomNumberGenerator.GetHexString(24, lowercase: true);
        await client.RequestAsync(session, handle, new JsonObject { ["request"] = "allowed", ["room"] = briefing, ["secret"] = roomSecret, ["action"] = "add", ["allowed"] = new JsonArray(token) }, CancellationToken.None);
        var socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var local = (IPEndPoint)socket.Client.LocalEndPoint!;
        await client.PostAsync(session, handle, new JsonObject
        {
            ["request"] = "join",
            ["room"] = briefing,
            ["id"] = participant,
            ["display"] = "tone",
            ["muted"] = muted,
            ["codec"] = "pcmu",
            ["token"] = token,
            ["rtp"] = new JsonObject { ["ip"] = "127.0.0.1", ["port"] = local.Port },
        }, CancellationToken.None);
        var speaker = new RtpSpeaker(client, http, config.Api, config.ApiSecret, session, socket, null!);
        var joined = await speaker.NextEventAsync();
        var rtp = joined["plugindata"]?["data"]?["rtp"] ?? throw new InvalidOperationException($"no RTP address in the join answer: {joined.ToJsonString()}");
        return new RtpSpeaker(client, http, config.Api, config.ApiSecret, session, socket, new IPEndPoint(IPAddress.Loopback, rtp["port"]!.GetValue<int>()));
    }

    /// <summary>Sends a tone of <paramref name="hertz"/> for <paramref name="length"/>, paced in real time; returns when the first frame left.</summary>
    public async Task<DateTimeOffset> SpeakAsync(double hertz, TimeSpan length)
    {
        var frames = (int)(length.TotalMilliseconds / 20);
        var packet = new byte[12 + FrameSamples];
        var ssrc = RandomNumberGenerator.GetInt32(int.MaxValue);
        var clock = Stopwatch.StartNew();
        var began = DateTimeOffset.UtcNow;
        for (var f = 0; f < frames; f++)
        {
            packet[0] = 0x80;
            packet[1] = (byte)(f == 0 ? 0x80 : 0x00); // marker on the first, payload type 0 (PCMU)
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), (ushort)f);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(4), (uint)(f * FrameSamples));
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(packet.AsSpan(8), ssrc);
            for (var i = 0; i < FrameSamples; i++)
            {
                var n = (f * FrameSamples) + i;
                packet[12 + i] = MuLaw((short)(12000 * Math.Sin(2 * Math.PI * hertz * n / Rate)));
            }
            await _socket.SendAsync(packet, _janus);
            var due = TimeSpan.FromMilliseconds(20 * (f + 1)) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
        }
        return began;
    }

    // Janus answers an asynchronous request as an event on the session's long poll.
    private async Task<JsonObject> NextEventAsync()
    {
        for (var i = 0; i < 10; i++)
        {
            var reply = await _http.GetFromJsonAsync<JsonObject>(new Uri($"{_api}/{_session}?maxev=1&apisecret={_apiSecret}"));
            if (reply?["janus"]?.GetValue<string>() == "event")
            {
                return reply;
            }
        }
        throw new InvalidOperationException("Janus sent no event for the join");
    }

    // G.711 μ-law (ITU-T G.711), as every phone line encodes a sample.
    private static byte MuLaw(short sample)
    {
        const int Bias = 0x84;
        var sign = sample < 0 ? 0x80 : 0;
        var magnitude = Math.Min(Math.Abs((int)sample), 32635) + Bias;
        var exponent = 7;
        for (var mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1)
        {
            exponent--;
        }
        var mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        try
        {
            await _client.DestroySessionAsync(_session, CancellationToken.None);
        }
        catch (Exception e) when (e is JanusException or HttpRequestException)
        {
            // Its room, or its Janus, is already gone.
        }
    }
}
