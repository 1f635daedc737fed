using System.Text;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Json;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats.Markdown;

/// <summary>
/// Real briefing-room files (fixtures/briefing-room, one per form the reader once misread): every labelled turn
/// is a turn, the head is found, the JSON keeps every word, and the Markdown written back is the file itself.
/// </summary>
public sealed class BriefingRoomSampleTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "fixtures", "briefing-room");

    public static TheoryData<string, int, string, string> Files()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "expected.tsv"), Encoding.UTF8).Where(l => !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), cells[2], cells[3]);
        }
        return data;
    }

    private static string Source(string file) => File.ReadAllText(Path.Combine(Folder, file), Encoding.UTF8);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_labelled_turn_is_a_turn_with_its_speaker(string file, int turns, string dateline, string start)
    {
        _ = (dateline, start);
        var t = MarkdownReader.Read(Source(file));

        Assert.Equal(turns, t.Turns.Count);
        Assert.All(t.Turns, turn => Assert.False(string.IsNullOrWhiteSpace(turn.Speaker)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_dateline_and_start_time_are_found(string file, int turns, string dateline, string start)
    {
        _ = turns;
        var t = MarkdownReader.Read(Source(file));

        Assert.Equal(dateline, t.Dateline?.Replace("\n", " / ", StringComparison.Ordinal) ?? "");
        Assert.Equal(start, t.Start is null ? "" : InlineText.Flatten(t.Start.Text));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Writes_back_byte_for_byte(string file, int turns, string dateline, string start)
    {
        _ = (turns, dateline, start);
        var source = Source(file);

        Assert.Equal(source, MarkdownWriter.Write(MarkdownReader.Read(source)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_json_keeps_every_word(string file, int turns, string dateline, string start)
    {
        _ = (turns, dateline, start);
        var source = Source(file);
        var json = JsonWriter.Write(TranscriptFormats.Read(source, TranscriptFormat.Markdown));
        // Character references are spellings, not words: "&amp;" says "&".
        var body = System.Text.RegularExpressions.Regex.Replace(source[(source.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..], "&#?[A-Za-z0-9]+;", " ").Replace("*", "", StringComparison.Ordinal);

        // Every word of the body (letters and digits, markup and escapes aside) is in the JSON text fields.
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var said = new StringBuilder();
        Collect(doc.RootElement, said);
        var kept = Words(said.ToString()).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(Words(body).Where(w => !kept.Contains(w)).Distinct().Take(10));
    }

    private static void Collect(System.Text.Json.JsonElement e, StringBuilder sb)
    {
        switch (e.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Collect(p.Value, sb);
                }
                break;
            case System.Text.Json.JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    Collect(item, sb);
                }
                break;
            case System.Text.Json.JsonValueKind.String:
                sb.Append(e.GetString()).Append(' ');
                break;
        }
    }

    /// <summary>Runs of letters and digits: what a person would call the words, whatever markup sits between them.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }
        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }
}
