using System.Text.Json.Nodes;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>
/// A join token admits once: Briefing Room takes it off the room's allowed list as soon as the join is done, and Janus
/// itself refuses anyone who comes with that token again or with none (asked directly over its HTTP API, not through Briefing Room).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AudioTokenTests
{
    private const int Unauthorized = 489; // JANUS_AUDIOBRIDGE_ERROR_UNAUTHORIZED: not in the allowed list

    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory(Timeout = 120_000)]
    [MemberData(nameof(Engines))]
    public async Task A_join_token_is_off_the_allowed_list_after_the_join_and_Janus_refuses_it_or_no_token(string engine)
    {
        Requires.Janus();
        await using var call = await LiveCall.StartAsync(engine);
        var office = call.Office;
        var sessions = call.Services.GetRequiredService<AudioSessions>();
        var minted = new List<string>();
        void Mint(long briefing, string token)
        {
            lock (minted)
            {
                minted.Add(token);
            }
        }
        sessions.TokenMinted += Mint;
        await call.JoinAsync("reporterA");
        await call.JoinAsync("moderator");
        sessions.TokenMinted -= Mint;
        Assert.Equal(2, minted.Distinct().Count()); // one token per join, never shared

        var control = call.Services.GetRequiredService<MediaSupervisor>().Control!;
        var secret = call.Services.GetRequiredService<AudioRooms>().SecretOf(office.BriefingId, control.RoomKey);
        Assert.Empty((await AllowedAsync(control, office.BriefingId, secret)).Intersect(minted));
        // The recording's listener joins with a token of its own as the room opens, on a busy machine still under way here: nothing stays once it is in.
        await Eventually.ThatAsync(() => AllowedAsync(control, office.BriefingId, secret), allowed => allowed.Length == 0, "the room's allowed list emptying", seconds: 20);

        // Reporter B is admitted but did not go through Briefing Room: a used token or none gets them nowhere.
        var outsider = AudioParticipant.Reporter(office.BriefingId, office.ReporterId("reporterB"));
        await using var session = await AudioSession.OpenAsync(control.Client, outsider, TimeProvider.System, CancellationToken.None);
        session.Start();
        foreach (var token in (string?[])[minted[0], minted[1], null])
        {
            var join = new JsonObject { ["request"] = "join", ["room"] = office.BriefingId, ["id"] = outsider.Id, ["display"] = outsider.Key };
            if (token is not null)
            {
                join["token"] = token;
            }
            var refused = await Assert.ThrowsAsync<JanusException>(() => session.AskAsync(join, null, CancellationToken.None));
            Assert.Equal(Unauthorized, refused.Code);
        }
        Assert.DoesNotContain(outsider.Id, (await call.ParticipantsInJanusAsync()).Keys);
    }

    // AudioBridge has no request that only lists the tokens: adding and removing one answers with the complete list, so the probe token is taken out of what it shows.
    private static async Task<string[]> AllowedAsync(JanusControl control, long room, string secret)
    {
        const string probe = "test-probe-token";
        JsonObject Change(string action) => new() { ["request"] = "allowed", ["room"] = room, ["secret"] = secret, ["action"] = action, ["allowed"] = new JsonArray(probe) };
        var added = await control.Client.RequestAsync(control.Session, control.Handle, Change("add"), CancellationToken.None);
        await control.Client.RequestAsync(control.Session, control.Handle, Change("remove"), CancellationToken.None);
        return [.. added["allowed"]!.AsArray().Select(t => t!.GetValue<string>()).Where(t => t != probe)];
    }
}
