using System.Net;
using System.Text;
using System.Text.Json;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>
/// Hostile values on the audio and removal routes, against a real Janus in a live call: each is refused with a problem
/// that says what and where, changes neither the log nor Janus's room, shows nothing of Janus, and leaves the call's
/// audio serving the next good join.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AudioHostileTests(ITestOutputHelper output)
{
    private const string Json = "application/json";

    /// <summary>One request: who sends it, to which path ({id}: the call's briefing), with what body (no type: none), and the status and words (a field, a reason) its answer must have.</summary>
    /// <remarks>Framed false: Kestrel itself refuses the request line before any of the app runs, with an empty 400 that shows nothing.</remarks>
    private sealed record Case(string Who, string Method, string Path, string? Type, string? Body, int Status, string Names, bool Framed = true);

    private static Case[] Cases() =>
    [
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, """{"sdp":"hello"}""", 400, "sdp"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, Body(Offers.Audio().Replace("m=audio 9 UDP/TLS/RTP/SAVPF 111", "m=video 9 UDP/TLS/RTP/SAVPF 111", StringComparison.Ordinal).Replace("opus/48000/2", "VP8/90000", StringComparison.Ordinal)), 400, "no audio"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, Body(Offers.Audio().Replace("SAVPF 111", "SAVPF 0", StringComparison.Ordinal).Replace("a=rtpmap:111 opus/48000/2", "a=rtpmap:0 PCMU/8000", StringComparison.Ordinal)), 400, "no Opus"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, Body(Without(Offers.Audio(), "a=fingerprint:")), 400, "fingerprint"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, Body(Offers.Audio().Replace("s=-", "s=\u0000", StringComparison.Ordinal)), 400, "Line 3"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, Body(Offers.Audio().Replace("v=0", "v=1", StringComparison.Ordinal)), 400, "v=0"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, Body(Offers.Audio() + "a=x-pad:" + new string('x', 1_000_000) + "\r\n"), 400, "at most 32,768"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, """{"sdp":5}""", 400, "not text"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, """{"sdp":["v=0"]}""", 400, "not text"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, "[]", 400, "body"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", Json, "{\"sdp\":", 400, "not valid JSON"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", null, null, 400, "sdp"),
        new("reporterA", "POST", "/api/briefings/{id}/audio", "text/plain", "v=0", 415, "JSON"),
        new("reporterA", "POST", "/api/briefings/abc/audio", Json, Body(Offers.Audio()), 400, "id"),
        new("reporterA", "POST", "/api/briefings/99999999999999999999/audio", Json, Body(Offers.Audio()), 400, "id"),
        new("reporterA", "POST", "/api/briefings/999999/audio", Json, Body(Offers.Audio()), 403, "not admitted"),
        new("moderator", "POST", "/api/briefings/999999/audio", Json, Body(Offers.Audio()), 404, "no briefing with that id"),
        new("anonymous", "POST", "/api/briefings/{id}/audio?speaker=s1", Json, Body(Offers.Audio()), 403, "speaker link"),
        // Valid SDP that this Janus refuses (it wants an msid's track too): refused as the offer's fault, in our words, not Janus's.
        new("reporterB", "POST", "/api/briefings/{id}/audio", Json, Body(Offers.Audio().Replace("a=mid:0", "a=mid:0\r\na=msid:only-a-stream", StringComparison.Ordinal)), 400, "could not use this offer"),
        new("reporterB", "DELETE", "/api/briefings/{id}/audio", null, null, 204, ""),
        new("reporterA", "DELETE", "/api/briefings/abc/audio", null, null, 400, "id"),
        new("moderator", "DELETE", "/api/briefings/999999/audio", null, null, 404, "no briefing with that id"),
        new("reporterA", "DELETE", "/api/briefings/999999/audio", null, null, 403, "not admitted"),
        new("anonymous", "DELETE", "/api/briefings/{id}/audio?speaker=s1&pass=guess", null, null, 403, "speaker link"),
        new("moderator", "DELETE", "/api/briefings/{id}/reporters/abc", null, null, 409, "abc"),
        new("moderator", "DELETE", "/api/briefings/{id}/reporters/" + new string('9', 60), null, null, 400, "reporterId"),
        new("moderator", "DELETE", "/api/briefings/{id}/reporters/%00", null, null, 400, "", Framed: false),
        new("moderator", "DELETE", "/api/briefings/abc/reporters/1", null, null, 400, "id"),
        new("moderator", "DELETE", "/api/briefings/999999/reporters/1", null, null, 404, "briefing"),
        new("reporterA", "DELETE", "/api/briefings/{id}/reporters/1", null, null, 403, ""),
        // Last: refused by its declared length before it is read, after which the server closes that connection.
        new("outsider", "POST", "/api/briefings/{id}/audio", Json, Body(Offers.Audio() + "a=x-pad:" + new string('x', 1_100_000) + "\r\n"), 413, "1 MiB"),
    ];

    [SkippableFact(Timeout = 120_000)]
    public async Task Each_hostile_request_is_refused_with_a_problem_that_says_where_and_changes_neither_the_log_nor_the_room()
    {
        Requires.Janus();
        await using var call = await LiveCall.StartAsync();
        var office = call.Office;
        var hub = call.Services.GetRequiredService<BriefingHub>();
        var janus = call.Services.GetRequiredService<MediaSupervisor>().Own!.Configuration;
        var a = (await call.JoinAsync("reporterA")).GetProperty("participant").GetInt64();
        await call.JoinAsync("moderator");
        var room = await Eventually.ThatAsync(call.ParticipantsInJanusAsync, p => p.ContainsKey(CallRecording.RecorderId(office.BriefingId)) && p.Count == 3, "the recorder, A and the moderator in the room");
        var seq = (await hub.GetAsync(office.BriefingId))!.State.LastSeq;

        var failures = new List<string>();
        foreach (var (who, method, template, type, body, status, names, framed) in Cases())
        {
            var path = template.Replace("{id}", office.BriefingId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (type is not null)
            {
                request.Content = new StringContent(body!, Encoding.UTF8);
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
                request.Headers.ExpectContinue = true; // as browsers may: a body refused by its length is then never sent, nor the connection broken under it
            }
            var response = await office[who].SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var shown = $"{who} {method} {path[..Math.Min(path.Length, 80)]} ({body?.Length ?? 0} chars): {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}";
            output.WriteLine(shown);
            var wrong = new List<string>();
            if ((int)response.StatusCode != status)
            {
                wrong.Add($"status {(int)response.StatusCode}, not {status}");
            }
            if (status != 204 && framed && (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !text.Contains(names, StringComparison.Ordinal)))
            {
                wrong.Add($"not a problem naming \"{names}\"");
            }
            if (!framed && text.Length > 0)
            {
                wrong.Add("a body where Kestrel sends none");
            }
            foreach (var leak in new[] { "Janus", "janus", "Exception", "   at ", janus.ApiSecret, janus.RoomKey, janus.AdminSecret })
            {
                if (text.Contains(leak, StringComparison.Ordinal))
                {
                    wrong.Add($"shows \"{leak}\"");
                }
            }
            if ((await hub.GetAsync(office.BriefingId))!.State.LastSeq != seq)
            {
                wrong.Add("changed the log");
            }
            var now = await call.ParticipantsInJanusAsync();
            if (!now.OrderBy(p => p.Key).SequenceEqual(room.OrderBy(p => p.Key)))
            {
                wrong.Add($"changed the room: {string.Join(", ", now)} (was {string.Join(", ", room)})");
            }
            if (wrong.Count > 0)
            {
                failures.Add($"{shown}\n    {string.Join("; ", wrong)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // Janus serves the call as before: a good join goes in, and A, in the room all along, joins again.
        var b = (await call.JoinAsync("reporterB")).GetProperty("participant").GetInt64();
        Assert.Equal(a, (await call.JoinAsync("reporterA")).GetProperty("participant").GetInt64());
        var after = await Eventually.ThatAsync(call.ParticipantsInJanusAsync, p => p.Count == 4, "B joining beside A, the moderator and the recorder");
        Assert.True(after[a] && after[b], "both reporters listening, their lines closed");
    }

    private static string Body(string sdp) => JsonSerializer.Serialize(new { sdp });

    private static string Without(string sdp, string prefix) =>
        string.Join("\r\n", sdp.Split("\r\n").Where(line => !line.StartsWith(prefix, StringComparison.Ordinal)));
}
