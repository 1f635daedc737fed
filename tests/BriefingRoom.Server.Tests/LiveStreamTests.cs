using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BriefingRoom.Server.Tests;

/// <summary>The live feed: per audience, resumable without gaps or duplicates, and closed to anyone not admitted.</summary>
public sealed class LiveStreamTests
{
    [SkippableFact]
    public async Task A_reporter_who_reconnects_with_Last_Event_ID_gets_exactly_what_they_missed()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        await office.RunCallAsync(conclude: false);
        var last = (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("lastSeq").GetInt64();

        List<SseMessage> whole;
        await using (var full = await SseClient.ConnectAsync(office["reporterA"], office.Api("/events")))
        {
            whole = await full.ReadUntilAsync(m => m.Id == last);
        }
        var cut = whole[whole.Count / 2].Id;
        List<SseMessage> before;
        await using (var first = await SseClient.ConnectAsync(office["reporterA"], office.Api("/events")))
        {
            before = await first.ReadUntilAsync(m => m.Id == cut);
        }
        // Dropped mid-call: more happens while the reporter is away.
        Assert.Equal(HttpStatusCode.OK, (await office["reporterB"].DeleteAsync(office.Api("/queue"))).StatusCode);
        var turn = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        var added = await office.OkAsync("stenographer", office.Api($"/turns/{turn}/paragraphs"), new { text = "One more thing." });
        var end = added.GetProperty("seq").GetInt64();

        await using var resumed = await SseClient.ConnectAsync(office["reporterA"], office.Api("/events"), lastEventId: cut);
        var after = await resumed.ReadUntilAsync(m => m.Id == end);

        // What the reporter saw before the drop and after the resume is the uninterrupted stream: nothing lost, nothing twice.
        Assert.Equal(whole, [.. before, .. after.TakeWhile(m => m.Id <= last)]);
        Assert.Equal([.. after.Select(m => m.Id).Distinct()], after.Select(m => m.Id).ToList());
        Assert.Contains(after, m => m.Event == "queue" && m.Data == "{\"entries\":[],\"open\":\"q1\"}");
        Assert.Equal("paragraph", after[^1].Event);
        Assert.Contains("One more thing.", after[^1].Data, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Admitted_reporters_see_a_new_paragraph_live_under_the_attribution_and_staff_see_the_name()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        await office.OkAsync("moderator", office.Api("/open"));
        var seq = (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("lastSeq").GetInt64();
        await using var press = await SseClient.ConnectAsync(office["reporterB"], office.Api($"/events?after={seq}"));
        await using var staff = await SseClient.ConnectAsync(office["operator"], office.Api($"/events?after={seq}"));

        var clock = Stopwatch.StartNew();
        var turn = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        await office.OkAsync("stenographer", office.Api($"/turns/{turn}/paragraphs"), new { text = "Live words." });
        var pressSaw = await press.ReadUntilAsync(m => m.Event == "paragraph");
        var staffSaw = await staff.ReadUntilAsync(m => m.Event == "paragraph");
        Console.WriteLine($"stenographer to reporter: {clock.ElapsedMilliseconds} ms (two appends and the stream)");

        Assert.Contains(pressSaw, m => m.Event == "turn" && m.Data.Contains("SENIOR ADMINISTRATION OFFICIAL", StringComparison.Ordinal));
        Assert.DoesNotContain(pressSaw, m => m.Data.Contains("QUILLFEATHER", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(staffSaw, m => m.Event == "turn" && m.Data.Contains("MARGUERITE QUILLFEATHER", StringComparison.Ordinal));
        Assert.Contains(pressSaw, m => m.Data.Contains("Live words.", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_press_stream_carries_queue_positions_but_no_names_or_outlets()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        await office.OkAsync("moderator", office.Api("/open"));
        await office.OkAsync("reporterA", office.Api("/queue"));
        var last = (await office.OkAsync("reporterB", office.Api("/queue"))).GetProperty("seq").GetInt64();

        await using var press = await SseClient.ConnectAsync(office["reporterB"], office.Api("/events"));
        var seen = await press.ReadUntilAsync(m => m.Id == last && m.Event == "queue");

        Assert.Equal("{\"entries\":[\"q1\",\"q2\"],\"open\":null}", seen[^1].Data);
        Assert.DoesNotContain(seen, m => m.Data.Contains("Daily Planet", StringComparison.Ordinal) || m.Data.Contains("reporterA", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, m => m.Event == "briefing"); // admissions and the schedule are staff business
        var place = await office["reporterB"].GetFromJsonAsync<JsonElement>(office.Api("/queue"));
        Assert.Equal(2, place.GetProperty("position").GetInt32());
    }

    [SkippableTheory]
    [InlineData("outsider", HttpStatusCode.NotFound)]
    [InlineData("unverified", HttpStatusCode.NotFound)]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    public async Task Nobody_else_can_follow_the_call(string who, HttpStatusCode expected)
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        await office.RunCallAsync(conclude: false);
        var request = new HttpRequestMessage(HttpMethod.Get, office.Api("/events"));
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await office[who].SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Office.RemarkCanary, body, StringComparison.Ordinal);
    }
}
