using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Issue 14, item 3 through the real server: before approval the publisher sees every change the redactor will make
/// and every self-identification, linked to the paragraph; after a publication the version keeps its list; nobody
/// but staff can get it.
/// </summary>
public sealed class ReviewListTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Before_approval_the_publisher_sees_each_change_and_self_identification_linked_to_its_paragraph_and_the_version_keeps_them(string engine)
    {
        await using var office = await Office.OpenAsync(engine, plan: Office.Plan(p => p["publishMode"] = "after-approval"));
        var (official, moderator) = await CallNamingTheOfficialAsync(office);
        await Eventually.ThatAsync(() => Changes(office, "publisher"), c => c.GetProperty("state").GetString() == "awaiting-approval", "the lift");

        var preview = await Changes(office, "publisher");
        Assert.True(preview.GetProperty("preview").GetBoolean());
        var changes = preview.GetProperty("changes").EnumerateArray().ToList();
        Assert.Contains(changes, c => Is(c, $"speaker of turn {official}", $"p-{official}-1", Office.OfficialName.ToUpperInvariant(), "SENIOR ADMINISTRATION OFFICIAL"));
        Assert.Contains(changes, c => Is(c, $"paragraph {official}.2", $"p-{official}-2", "Quill", "[senior administration official]"));
        var corrected = Assert.Single(changes, c => c.GetProperty("anchor").GetString() == $"p-{moderator}-1");
        Assert.Contains("<s>Quil</s>", corrected.GetProperty("replaced").GetString(), StringComparison.Ordinal);
        // The words are JSON strings, as typed; the answer is never read as a page (JSON, not sniffed).
        using var raw = await office["publisher"].GetAsync(office.Api("/publication/changes"));
        Assert.Equal(("application/json", "nosniff"), (raw.Content.Headers.ContentType?.MediaType, string.Join(",", raw.Headers.GetValues("X-Content-Type-Options"))));
        var finding = Assert.Single(preview.GetProperty("findings").EnumerateArray());
        Assert.Equal(($"p-{official}-2", "Quill", "SENIOR ADMINISTRATION OFFICIAL"), (finding.GetProperty("anchor").GetString(), finding.GetProperty("matched").GetString(), finding.GetProperty("label").GetString()));

        var page = await office["publisher"].GetStringAsync($"/staff/briefings/{office.BriefingId}");
        Assert.Contains("What the redactor will change", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#p-{official}-2\">paragraph {official}.2</a>", page, StringComparison.Ordinal);
        Assert.Contains($"<p id=\"p-{official}-2\"", page, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"staff-only\">Quill</mark>", page, StringComparison.Ordinal);
        // The struck-out words are shown as text, never as markup.
        Assert.Contains("<mark class=\"staff-only\">&lt;s&gt;Quil&lt;/s&gt;", page, StringComparison.Ordinal);
        Assert.Contains("identifies the speaker as Quill of SENIOR ADMINISTRATION OFFICIAL", page, StringComparison.Ordinal);

        await office.OkAsync("publisher", office.Api("/approve"));
        var published = await Eventually.ThatAsync(() => Changes(office, "publisher"), c => c.GetProperty("state").GetString() == "published", "publication");

        Assert.Equal((false, 1), (published.GetProperty("preview").GetBoolean(), published.GetProperty("version").GetInt32()));
        Assert.Equal(preview.GetProperty("changes").GetRawText(), published.GetProperty("changes").GetRawText());
        Assert.Equal(preview.GetProperty("findings").GetRawText(), published.GetProperty("findings").GetRawText());
        Assert.Contains($"The redactor made these {changes.Count} changes", await office["publisher"].GetStringAsync($"/staff/briefings/{office.BriefingId}"), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task An_automatic_publication_keeps_its_list_and_only_staff_can_see_it(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        var (official, _) = await CallNamingTheOfficialAsync(office);

        var record = await Eventually.ThatAsync(() => Changes(office, "moderator"), c => c.GetProperty("state").GetString() == "published", "publication");

        Assert.Equal((false, 1), (record.GetProperty("preview").GetBoolean(), record.GetProperty("version").GetInt32()));
        Assert.Contains(record.GetProperty("changes").EnumerateArray(), c => Is(c, $"paragraph {official}.2", $"p-{official}-2", "Quill", "[senior administration official]"));
        Assert.Single(record.GetProperty("findings").EnumerateArray());
        Assert.Contains("The redactor made these", await office["stenographer"].GetStringAsync($"/staff/briefings/{office.BriefingId}"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await office["anonymous"].GetAsync(office.Api("/publication/changes"))).StatusCode);
        foreach (var reporter in (string[])["reporterA", "reporterB", "outsider"])
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await office[reporter].GetAsync(office.Api("/publication/changes"))).StatusCode);
        }
        var press = await office["reporterA"].GetStringAsync($"/briefings/{office.BriefingId}");
        Assert.DoesNotContain("redaction-review", press, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"p-", press, StringComparison.Ordinal);
        var path = (await office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication"))).GetProperty("path").GetString()!;
        foreach (var text in (string[])[await office["anonymous"].GetStringAsync(path), await office["anonymous"].GetStringAsync(path + "index.json"), await office["anonymous"].GetStringAsync("/briefing-room/feed.atom")])
        {
            Assert.DoesNotContain("Quill", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("redactor made", text, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_blocked_publication_shows_what_the_redactor_replaced_beside_what_is_left(string engine)
    {
        await using var office = await Office.OpenAsync(engine, plan: Office.Plan(p => p["title"] = "Background Call with Quill on Canaries"));
        var (official, _) = await CallNamingTheOfficialAsync(office);

        var blocked = await Eventually.ThatAsync(() => Changes(office, "publisher"), c => c.GetProperty("state").GetString() == "blocked", "the block");

        Assert.True(blocked.GetProperty("preview").GetBoolean());
        Assert.Contains(blocked.GetProperty("changes").EnumerateArray(), c => Is(c, $"paragraph {official}.2", $"p-{official}-2", "Quill", "[senior administration official]"));
        var page = await office["publisher"].GetStringAsync($"/staff/briefings/{office.BriefingId}");
        Assert.Contains("Publication is blocked", page, StringComparison.Ordinal);
        Assert.Contains("What the redactor will change", page, StringComparison.Ordinal);
    }

    /// <summary>The office's call, plus an official turn that names itself ("As Quill, I …") and a moderator who mistyped the alias and corrected it.</summary>
    private static async Task<(int Official, int Moderator)> CallNamingTheOfficialAsync(Office office)
    {
        await office.RunCallAsync(conclude: false);
        var official = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        await office.OkAsync("stenographer", office.Api($"/turns/{official}/paragraphs"), new { text = "Thank you." });
        await office.OkAsync("stenographer", office.Api($"/turns/{official}/paragraphs"), new { text = "As Quill, I have seen the plan." });
        var moderator = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "moderator" })).GetProperty("turnId").GetInt32();
        await office.OkAsync("stenographer", office.Api($"/turns/{moderator}/paragraphs"), new { text = "Thanks, Quil." });
        await office.OkAsync("stenographer", office.Api($"/turns/{moderator}/paragraphs/1/corrections"), new { start = 8, length = 4, replacement = "Quill" });
        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        return (official, moderator);
    }

    private static bool Is(JsonElement change, string where, string anchor, string replaced, string with) =>
        change.GetProperty("where").GetString() == where && change.GetProperty("anchor").GetString() == anchor
        && change.GetProperty("replaced").GetString() == replaced && change.GetProperty("with").GetString() == with;

    private static Task<JsonElement> Changes(Office office, string who) =>
        office[who].GetFromJsonAsync<JsonElement>(office.Api("/publication/changes"));
}
