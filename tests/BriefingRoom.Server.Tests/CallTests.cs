using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Tests;

/// <summary>A whole briefing through the real server on each database: schedule, call, conclusion, publication.</summary>
public sealed class CallTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_concluded_call_is_published_under_the_attribution_and_names_nobody(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync();

        var status = await Eventually.ThatAsync(() => Status(office), s => s.GetProperty("state").GetString() == "published", "publication");
        var path = status.GetProperty("path").GetString()!;
        Assert.Matches("^/briefing-room/press-briefings/[0-9]{4}/[0-9]{2}/[0-9]{2}/background-press-call-by-a-senior-administration-official-on-canaries/$", path);
        var anonymous = office["anonymous"];
        var page = await anonymous.GetStringAsync(path);
        var markdown = await anonymous.GetStringAsync(path + "index.md");
        var json = await anonymous.GetStringAsync(path + "index.json");
        var index = await anonymous.GetStringAsync("/briefing-room/");
        var rss = await anonymous.GetStringAsync("/briefing-room/feed.rss");
        var atom = await anonymous.GetStringAsync("/briefing-room/feed.atom");
        Assert.Contains("SENIOR ADMINISTRATION OFFICIAL:", markdown, StringComparison.Ordinal);
        Assert.Contains(Office.RemarkCanary, page, StringComparison.Ordinal);
        Assert.Contains("OPERATOR:", markdown, StringComparison.Ordinal);
        Assert.Contains("your line is open", markdown, StringComparison.Ordinal);
        Assert.Contains(path, index, StringComparison.Ordinal);
        Assert.Contains(path, rss, StringComparison.Ordinal);
        Assert.Contains(path, atom, StringComparison.Ordinal);
        // The index row and the page say what the call was in words, and the page leads to its archive copy.
        Assert.Contains("data-label=\"Kind\">Background press call</td>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"" + BriefingRoom.Publishing.PublicPaths.ArchiveCopy(path) + "\">In the archive</a>", page, StringComparison.Ordinal);
        var copy = await anonymous.GetAsync(BriefingRoom.Publishing.PublicPaths.ArchiveCopy(path));
        var archived = copy.Headers.Location is { } location ? await anonymous.GetStringAsync(location.OriginalString) : await copy.Content.ReadAsStringAsync();
        Assert.Contains(Office.RemarkCanary, archived, StringComparison.Ordinal);
        Assert.Contains("<span>Published here</span>", archived, StringComparison.Ordinal);
        Office.AssertNoOfficialName(page, markdown, json, index, rss, atom, archived);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Before_the_lift_nothing_of_the_briefing_is_public(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync(conclude: false);

        Assert.Equal("embargoed", (await Status(office)).GetProperty("state").GetString());
        foreach (var url in (string[])["/briefing-room/", "/briefing-room/feed.rss", "/briefing-room/feed.atom",
            "/briefing-room/press-briefings/2026/11/24/background-press-call-by-a-senior-administration-official-on-canaries/",
            "/archive/published/press-briefings/2026/11/24/background-press-call-by-a-senior-administration-official-on-canaries/",
            "/archive/published/press-briefings/2026/11/24/background-press-call-by-a-senior-administration-official-on-canaries/questions"])
        {
            var response = await office["anonymous"].GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(Office.RemarkCanary, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Canaries", body, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_log_survives_a_restart_and_the_call_goes_on(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var cleanup = database;
        long id;
        await using (var first = await OfficeOn(database))
        {
            await first.RunCallAsync(conclude: false);
            id = first.BriefingId;
        }
        // A second server on the same database: the state is rebuilt from the stored log.
        await using var server = await TestSupport.RunningServer.StartAsync(database.Choice);
        using var moderator = await server.SignInAsync("moderator@press.gov", Office.Password);
        var briefing = await moderator.GetFromJsonAsync<JsonElement>($"/api/briefings/{id}");
        Assert.Equal("live", briefing.GetProperty("phase").GetString());
        Assert.Equal(HttpStatusCode.OK, (await moderator.PostAsync($"/api/briefings/{id}/conclude?confirm=true", null)).StatusCode);
        using var staff = await server.SignInAsync("publisher@press.gov", Office.Password);
        await Eventually.ThatAsync(() => staff.GetFromJsonAsync<JsonElement>($"/api/briefings/{id}/publication"),
            s => s.GetProperty("state").GetString() == "published", "publication after the restart");
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_correction_after_publication_makes_a_new_version_and_the_first_stays_readable(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync();
        var first = await Eventually.ThatAsync(() => Status(office), s => s.GetProperty("state").GetString() == "published", "publication");
        var path = first.GetProperty("path").GetString()!;

        await office.OkAsync("stenographer", office.Api("/turns/2/paragraphs/1/corrections"), new { start = 0, length = 6, replacement = "Thank you" });
        var second = await office.OkAsync("publisher", office.Api("/publish"));

        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.Equal(path, second.GetProperty("path").GetString());
        var versions = second.GetProperty("versions").EnumerateArray().ToList();
        Assert.True(versions[1].GetProperty("modified").GetDateTimeOffset() >= versions[0].GetProperty("modified").GetDateTimeOffset());
        var latest = await office["anonymous"].GetStringAsync(path + "index.md");
        var original = await office["anonymous"].GetStringAsync(path + "index.md?version=1");
        Assert.Contains("<s>Thanks</s> \\[Thank you\\],", latest.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<s>", original, StringComparison.Ordinal);
        Assert.Contains("Corrected: version 2", await office["anonymous"].GetStringAsync(path), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_archive_holds_the_newest_published_version_and_its_anchors_survive_a_correction_elsewhere(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync();
        await Eventually.ThatAsync(() => Status(office), s => s.GetProperty("state").GetString() == "published", "publication");
        var before = await ArchivedAsync(office);
        var page = $"/archive/{before[0].DocumentId}/";

        await office.OkAsync("stenographer", office.Api("/turns/2/paragraphs/1/corrections"), new { start = 0, length = 6, replacement = "Thank you" });
        await office.OkAsync("publisher", office.Api("/publish"));
        var after = await ArchivedAsync(office);
        var corrected = await office["anonymous"].GetStringAsync(page); // the same address, so permalinks made from the first version still work
        var record = (await Status(office)).GetProperty("path").GetString();
        Assert.Contains($"<a href=\"{record}\"", corrected, StringComparison.Ordinal); // its source is the public record here

        Assert.All([.. before, .. after], p => Assert.DoesNotContain("Quillfeather", p.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(before, p => p.Text.Contains(Office.RemarkCanary, StringComparison.Ordinal));
        var unchanged = before.Where(b => after.Any(a => a.Text == b.Text)).ToList();
        Assert.NotEmpty(unchanged);
        Assert.All(unchanged, b => Assert.Equal(b.Anchor, after.Single(a => a.Text == b.Text).Anchor));
        Assert.All(unchanged, b => Assert.Contains($"<p id=\"{b.Anchor}\">", corrected, StringComparison.Ordinal));
        Assert.Contains("Thank you", corrected, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", corrected, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(before.Single(p => p.Turn == 1).Anchor, after.Single(p => p.Turn == 1).Anchor); // the corrected one
    }

    private static async Task<List<Storage.ArchiveParagraph>> ArchivedAsync(Office office)
    {
        await using var db = office.Database.Choice.CreateContext();
        var document = await db.ArchiveDocuments.Include(d => d.Paragraphs).SingleAsync();
        Assert.Equal(("published", office.BriefingId), (document.Source, document.BriefingId));
        return [.. document.Paragraphs.OrderBy(p => p.Turn).ThenBy(p => p.Number)];
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_leak_blocks_publication_and_the_publisher_sees_where(string engine)
    {
        // The public title names the official: the redactor rewrites it, but the slug made from it and the title itself are checked.
        await using var office = await Office.OpenAsync(engine, plan: Office.Plan(p => p["title"] = "Background Press Call with Marguerite Quillfeather on Canaries"));
        await office.RunCallAsync();

        var status = await Eventually.ThatAsync(() => Status(office), s => s.GetProperty("state").GetString() is "blocked" or "published", "a publication decision");
        Assert.Equal("blocked", status.GetProperty("state").GetString());
        var findings = status.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("artefact").GetString() == "title" && f.GetProperty("matched").GetString() == "Marguerite Quillfeather");
        var index = await office["anonymous"].GetStringAsync("/briefing-room/");
        Assert.DoesNotContain("Canaries", index, StringComparison.Ordinal);

        // The moderator mends the public title, the only part of the plan that may still change, and the publisher publishes.
        var plan = (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("plan");
        var mended = JsonSerializer.Deserialize<Dictionary<string, object?>>(plan.GetRawText())!;
        mended["title"] = "Background Press Call by a Senior Administration Official on Canaries";
        Assert.Equal(HttpStatusCode.OK, (await office["moderator"].PutAsJsonAsync(office.Api("/plan"), mended)).StatusCode);
        var published = await office.OkAsync("publisher", office.Api("/publish"));
        Assert.Equal("published", published.GetProperty("state").GetString());
        Assert.Contains(published.GetProperty("path").GetString()!, await office["anonymous"].GetStringAsync("/briefing-room/"), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Publishing_again_with_nothing_changed_is_refused_and_makes_no_version(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync();
        await Eventually.ThatAsync(() => Status(office), s => s.GetProperty("state").GetString() == "published", "publication");

        var again = await office["publisher"].PostAsync(office.Api("/publish"), null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Nothing has changed", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single((await Status(office)).GetProperty("versions").EnumerateArray());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task With_approval_required_the_record_waits_for_a_publisher_then_goes_out(string engine)
    {
        await using var office = await Office.OpenAsync(engine, plan: Office.Plan(p => p["publishMode"] = "after-approval"));
        await office.RunCallAsync();

        var waiting = await Eventually.ThatAsync(() => Status(office), s => s.GetProperty("state").GetString() == "awaiting-approval", "the lift");
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("path").ValueKind);
        Assert.DoesNotContain("Canaries", await office["anonymous"].GetStringAsync("/briefing-room/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await office["moderator"].PostAsync(office.Api("/approve"), null)).StatusCode);

        await office.OkAsync("publisher", office.Api("/approve"));

        var published = await Eventually.ThatAsync(() => Status(office), s => s.GetProperty("state").GetString() == "published", "publication after approval");
        Assert.Contains(published.GetProperty("path").GetString()!, await office["anonymous"].GetStringAsync("/briefing-room/"), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_nickname_heard_on_the_call_is_protected_before_the_record_is_approved(string engine)
    {
        await using var office = await Office.OpenAsync(engine, plan: Office.Plan(p => p["publishMode"] = "after-approval"));
        await office.RunCallAsync(conclude: false);
        var moderator = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "moderator" })).GetProperty("turnId").GetInt32();
        await office.OkAsync("stenographer", office.Api($"/turns/{moderator}/paragraphs"), new { text = "Thanks, Mags. That is all for today." });
        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        await Eventually.ThatAsync(() => Status(office), s => s.GetProperty("state").GetString() == "awaiting-approval", "the lift");

        var plan = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>((await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("plan").GetRawText())!;
        var speakers = JsonSerializer.Deserialize<List<Dictionary<string, object?>>>(plan["speakers"].GetRawText())!;
        speakers[0]["aliases"] = new[] { "Quill", "Mags" };
        var revised = plan.ToDictionary(p => p.Key, p => (object?)p.Value);
        revised["speakers"] = speakers;
        Assert.Equal(HttpStatusCode.OK, (await office["moderator"].PutAsJsonAsync(office.Api("/plan"), revised)).StatusCode);
        speakers[0]["name"] = "Someone Else";
        Assert.Equal(HttpStatusCode.Conflict, (await office["moderator"].PutAsJsonAsync(office.Api("/plan"), revised)).StatusCode);
        await office.OkAsync("publisher", office.Api("/approve"));

        var published = await Eventually.ThatAsync(() => Status(office), s => s.GetProperty("state").GetString() == "published", "publication");
        var markdown = await office["anonymous"].GetStringAsync(published.GetProperty("path").GetString() + "index.md");
        Assert.DoesNotContain("Mags", markdown, StringComparison.Ordinal);
        Assert.Contains("Thanks, \\[senior administration official\\].", markdown, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_speaker_scheduled_without_aliases_is_protected_by_first_and_last_name()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite, plan: Office.Plan(p =>
            p["speakers"] = new[] { new { name = Office.OfficialName, label = "Senior Administration Official" } }));
        var plan = (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("plan");
        Assert.Equal(["Marguerite", "Quillfeather"], plan.GetProperty("speakers")[0].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_refused_command_is_a_conflict_that_says_why(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        var early = await office["reporterA"].PostAsync(office.Api("/queue"), null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var problem = await early.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("code").GetString()));
    }

    private static Task<JsonElement> Status(Office office) =>
        office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication"));

    private static async Task<Office> OfficeOn(TestDatabase database)
    {
        var server = await TestSupport.RunningServer.StartAsync(database.Choice);
        return await Office.OnAsync(database, server);
    }
}
