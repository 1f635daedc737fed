using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Media;
using BriefingRoom.TestSupport;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>Removing a reporter who is in the call's audio puts them out of the Janus room at once, and keeps them out until they are admitted again.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AudioRemovalTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory(Timeout = 120_000)]
    [MemberData(nameof(Engines))]
    public async Task A_removed_reporter_is_kicked_from_the_room_refused_a_new_join_and_let_back_in_once_admitted_again(string engine)
    {
        Requires.Janus();
        await using var call = await LiveCall.StartAsync(engine);
        var office = call.Office;
        var a = office.ReporterId("reporterA");
        var joinedA = (await call.JoinAsync("reporterA")).GetProperty("participant").GetInt64();
        var joinedB = (await call.JoinAsync("reporterB")).GetProperty("participant").GetInt64();
        Assert.Contains(joinedA, (await call.ParticipantsInJanusAsync()).Keys);

        Assert.Equal(HttpStatusCode.OK, (await office["moderator"].DeleteAsync(office.Api($"/reporters/{a}"))).StatusCode);

        await Eventually.ThatAsync(call.ParticipantsInJanusAsync, room => !room.ContainsKey(joinedA), "the removed reporter leaving the room");
        var present = await office["operator"].GetFromJsonAsync<JsonElement>(office.Api("/audio/participants"));
        Assert.DoesNotContain(present.EnumerateArray(), p => p.GetProperty("participant").GetInt64() == joinedA);
        Assert.Contains(joinedB, (await call.ParticipantsInJanusAsync()).Keys); // reporter B, still admitted, keeps listening

        var refused = await call.PostJoinAsync("reporterA");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("removed from this call", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(joinedA, (await call.ParticipantsInJanusAsync()).Keys);

        await office.OkAsync("moderator", office.Api("/reporters"), new { accountId = long.Parse(a, System.Globalization.CultureInfo.InvariantCulture) });
        var again = await call.JoinAsync("reporterA");
        Assert.Equal(joinedA, again.GetProperty("participant").GetInt64());
        Assert.True((await call.ParticipantsInJanusAsync())[joinedA]); // back as they came first: listening, muted
    }
}
