using System.Text.Json;
using BriefingRoom.Formats.Json;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Formats.Json;

public sealed class JsonWriterTests
{
    public static TheoryData<SpecCase> Cases() => WriterSpecs.Cases("json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_the_golden_output(SpecCase spec) =>
        Assert.Equal(spec.Expected, JsonWriter.Write(OutlineInput.Parse(spec.Input)));

    [Fact]
    public void Has_exactly_the_contracts_keys()
    {
        using var doc = JsonDocument.Parse(JsonWriter.Write(WriterSpecs.Input("json", "briefing")));
        var root = doc.RootElement;
        AssertKeys(root, "title", "date", "published", "modified", "url", "tags", "location", "start", "end", "groundRules", "preface", "turns", "speakers");
        AssertKeys(root.GetProperty("start"), "text", "time", "zone");
        AssertKeys(root.GetProperty("end"), "text", "time", "zone");
        AssertKeys(root.GetProperty("groundRules"), "attribution", "attributedTo", "embargo", "disclosedForInformation", "change");
        foreach (var turn in root.GetProperty("turns").EnumerateArray())
        {
            AssertKeys(turn, "speaker", "role", "offset", "paragraphs");
            foreach (var paragraph in turn.GetProperty("paragraphs").EnumerateArray())
            {
                AssertKeys(paragraph, "text", "inlines");
            }
        }
        Assert.Equal("2:05 P.M. EST", root.GetProperty("start").GetProperty("text").GetString());
        Assert.Equal("2024-03-05T16:20:00-05:00", root.GetProperty("published").GetString());
    }

    [Fact]
    public void A_turns_offset_into_the_recording_is_a_time_code_and_null_when_not_known()
    {
        var t = OutlineInput.Parse("rules: Background\nMODERATOR (moderator) @ 01:02:03.045\n  ¶ Hello.\nQ (reporter)\n  ¶ Hi.\n");

        using var doc = JsonDocument.Parse(JsonWriter.Write(t));
        var turns = doc.RootElement.GetProperty("turns").EnumerateArray().ToList();

        Assert.Equal("01:02:03.045", turns[0].GetProperty("offset").GetString());
        Assert.Equal(JsonValueKind.Null, turns[1].GetProperty("offset").ValueKind);
        Assert.Equal(new TimeSpan(0, 1, 2, 3, 45), TimeSpan.ParseExact(turns[0].GetProperty("offset").GetString()!, @"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_short_label_is_linked_to_the_full_label_printed_before_it()
    {
        var t = BriefingRoom.Formats.Text.PlainTextReader.Read(
            "PRESS SECRETARY JOHN F. KIRBY:  Hello.\n\nQ:  One question.\n\nMR. KIRBY:  Go ahead.\n\nMR. HOFFMAN:  And me.\n\nMR. KIRBY:  Thanks.\n");
        using var doc = JsonDocument.Parse(JsonWriter.Write(t));
        var speakers = doc.RootElement.GetProperty("speakers").EnumerateArray().ToList();
        var labels = Assert.Single(speakers).GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Equal(["PRESS SECRETARY JOHN F. KIRBY", "MR. KIRBY"], labels);
    }

    [Fact]
    public void Mixed_case_short_labels_are_linked_to_the_full_label_printed_before_them()
    {
        var t = BriefingRoom.Formats.Text.PlainTextReader.Read(
            "Mr. Kenneth H. Bacon: Good afternoon.\n\nMaj. Gen. Jim Jackson: Thank you.\n\nQ: One question.\n\nMr. Bacon: Go ahead.\n\nGen. Jackson: And me.\n");
        using var doc = JsonDocument.Parse(JsonWriter.Write(t));

        var groups = doc.RootElement.GetProperty("speakers").EnumerateArray()
            .Select(s => s.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList()).ToList();
        Assert.Equal([["Mr. Kenneth H. Bacon", "Mr. Bacon"], ["Maj. Gen. Jim Jackson", "Gen. Jackson"]], groups);
    }

    [Fact]
    public void Two_full_labels_with_one_surname_are_not_guessed_apart()
    {
        var t = BriefingRoom.Formats.Text.PlainTextReader.Read(
            "PRESIDENT GEORGE W. BUSH:  Hello.\n\nFORMER PRESIDENT GEORGE H. W. BUSH:  Hi.\n\nMR. BUSH:  Thanks.\n");
        using var doc = JsonDocument.Parse(JsonWriter.Write(t));
        Assert.Empty(doc.RootElement.GetProperty("speakers").EnumerateArray());
    }

    [Fact]
    public void Every_hostile_string_round_trips()
    {
        var t = HostileTranscript.Create();
        var json = JsonWriter.Write(t);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        static string Utf8Safe(string s) => s.Replace('\ud800', '\ufffd'); // UTF-8 cannot carry a lone surrogate.
        Assert.Equal(Utf8Safe(t.Metadata.Title!), root.GetProperty("title").GetString());
        Assert.Equal(Utf8Safe(t.Metadata.Url!), root.GetProperty("url").GetString());
        Assert.Equal(Utf8Safe(t.Dateline!), root.GetProperty("location").GetString());
        Assert.Equal(Utf8Safe(t.GroundRules.Embargo!), root.GetProperty("groundRules").GetProperty("embargo").GetString());
        var turn = root.GetProperty("turns")[0];
        Assert.Equal(Utf8Safe(t.Turns[0].Speaker!), turn.GetProperty("speaker").GetString());
        Assert.Equal(Utf8Safe(t.Turns[0].Paragraphs[0].Text), turn.GetProperty("paragraphs")[0].GetProperty("text").GetString());
        var types = turn.GetProperty("paragraphs")[0].GetProperty("inlines").EnumerateArray().Select(i => i.GetProperty("type").GetString());
        Assert.Equal(["text", "insertion", "text", "deletion", "text", "redaction", "text", "attribution", "text", "note", "text", "emphasis"], types);
    }

    [Fact]
    public void Writes_the_same_through_a_text_writer_as_to_a_string()
    {
        var t = HostileTranscript.Create();
        using var output = new StringWriter();
        JsonWriter.Write(t, output);
        Assert.Equal(JsonWriter.Write(t), output.ToString());
    }

    [Fact]
    public void The_documented_example_is_what_the_writer_writes()
    {
        var doc = File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "docs", "formats.md"));
        var example = doc[doc.IndexOf("### Example", StringComparison.Ordinal)..];
        var outline = Block(example, "```\n");
        var json = Block(example, "```json\n");
        Assert.Equal(json, JsonWriter.Write(OutlineInput.Parse(outline.Replace('␣', '\u00a0'))));
    }

    private static string Block(string text, string fence)
    {
        var start = text.IndexOf(fence, StringComparison.Ordinal) + fence.Length;
        return text[start..(text.IndexOf("```", start, StringComparison.Ordinal))];
    }

    private static void AssertKeys(JsonElement element, params string[] keys) =>
        Assert.Equal(keys, element.EnumerateObject().Select(p => p.Name));
}
