using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>
/// Joining a call's audio through Briefing Room, against a real Janus: who may join and in which part, that a token
/// admits once, that one person has one line, and that a removed reporter is put out of the room.
/// The offers are written by the test (a real browser's are the browser tests'); Janus answers them like any other.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AudioJoinTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory(Timeout = 120_000)]
    [MemberData(nameof(Engines))]
    public async Task Reporters_join_muted_the_moderator_and_the_official_speak_and_staff_see_who_is_in(string engine)
    {
        Requires.Janus();
        await using var call = await LiveCall.StartAsync(engine);
        var office = call.Office;

        var reporter = await call.JoinAsync("reporterA");
        Assert.Equal("reporter", reporter.GetProperty("part").GetString());
        Assert.True(reporter.GetProperty("muted").GetBoolean());
        Assert.StartsWith("v=0", reporter.GetProperty("sdp").GetString(), StringComparison.Ordinal);
        Assert.Equal(AudioParticipant.Reporter(office.BriefingId, office.ReporterId("reporterA")).Id, reporter.GetProperty("participant").GetInt64());

        var moderator = await call.JoinAsync("moderator");
        Assert.Equal("staff", moderator.GetProperty("part").GetString());
        Assert.False(moderator.GetProperty("muted").GetBoolean());
        var stenographer = await call.JoinAsync("stenographer");
        Assert.True(stenographer.GetProperty("muted").GetBoolean());

        var links = await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api("/audio/speakers"));
        var link = links.EnumerateArray().Single().GetProperty("link").GetString()!;
        var official = await call.JoinAsync("anonymous", link[link.IndexOf('?', StringComparison.Ordinal)..]);
        Assert.Equal("official", official.GetProperty("part").GetString());
        Assert.False(official.GetProperty("muted").GetBoolean());

        var inJanus = await call.ParticipantsInJanusAsync();
        Assert.True(inJanus[reporter.GetProperty("participant").GetInt64()]);
        Assert.False(inJanus[moderator.GetProperty("participant").GetInt64()]);
        Assert.True(inJanus[stenographer.GetProperty("participant").GetInt64()]);
        Assert.False(inJanus[official.GetProperty("participant").GetInt64()]);

        var present = await office["operator"].GetFromJsonAsync<JsonElement>(office.Api("/audio/participants"));
        Assert.Equal(4, present.GetArrayLength());
        var a = present.EnumerateArray().Single(p => p.GetProperty("key").GetString() == $"reporter:{office.ReporterId("reporterA")}");
        Assert.Equal("Reporter reporterA (Daily Planet)", a.GetProperty("display").GetString());
        Assert.True(a.GetProperty("muted").GetBoolean());
        Assert.False(a.GetProperty("talking").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await office["reporterA"].GetAsync(office.Api("/audio/participants"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await office["stenographer"].DeleteAsync(office.Api("/audio"))).StatusCode);
        // Janus takes a destroyed session's participant out of the room on a thread of its own, a moment after the 204 on a busy machine.
        await Eventually.ThatAsync(call.ParticipantsInJanusAsync, room => !room.ContainsKey(stenographer.GetProperty("participant").GetInt64()), "the stenographer leaving the room");
    }
}

/// <summary>SDP offers as a browser sends them once ICE gathering is complete: Opus audio, one host candidate on loopback.</summary>
internal static class Offers
{
    /// <summary>An offer with a microphone (sendrecv), or a listener's without one (<paramref name="direction"/> recvonly).</summary>
    public static string Audio(string direction = "sendrecv")
    {
        var fingerprint = string.Join(':', RandomNumberGenerator.GetBytes(32).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        string[] lines =
        [
            "v=0",
            $"o=- {RandomNumberGenerator.GetInt32(1, int.MaxValue)} 2 IN IP4 127.0.0.1",
            "s=-",
            "t=0 0",
            "a=group:BUNDLE 0",
            "a=msid-semantic: WMS",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111",
            "c=IN IP4 127.0.0.1",
            "a=rtcp:9 IN IP4 127.0.0.1",
            "a=candidate:1 1 udp 2122260223 127.0.0.1 9 typ host",
            "a=end-of-candidates",
            $"a=ice-ufrag:{RandomNumberGenerator.GetHexString(8, lowercase: true)}",
            $"a=ice-pwd:{RandomNumberGenerator.GetHexString(24, lowercase: true)}",
            $"a=fingerprint:sha-256 {fingerprint}",
            "a=setup:actpass",
            "a=mid:0",
            "a=" + direction,
            "a=rtcp-mux",
            "a=rtpmap:111 opus/48000/2",
            "a=fmtp:111 minptime=10;useinbandfec=1",
        ];
        return string.Join("\r\n", lines) + "\r\n";
    }
}
