using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Json;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Formats.Text;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats;

/// <summary>
/// The round trips the issue names, over every reader fixture: model → Markdown → model is the identity, and
/// plain text → JSON keeps every word.
/// </summary>
public sealed partial class EveryFixtureRoundTripTests
{
    public static TheoryData<string, SpecCase> Fixtures()
    {
        var data = new TheoryData<string, SpecCase>();
        foreach (var (folder, format) in new[] { ("markdown-read", "markdown"), ("text", "text"), ("html", "html") })
        {
            foreach (var spec in SpecFile.Cases(folder))
            {
                if (Readable(format, spec.Input) is not null)
                {
                    data.Add(format, spec);
                }
            }
        }
        return data;
    }

    /// <summary>Spec cases that show a refusal have no model to round-trip.</summary>
    private static Transcript? Readable(string format, string input)
    {
        try
        {
            return Read(format, input);
        }
        catch (TranscriptParseException)
        {
            return null;
        }
    }

    private static Transcript Read(string format, string input) => format switch
    {
        "markdown" => MarkdownReader.Read(input),
        "text" => PlainTextReader.Read(input),
        _ => HtmlReader.Read(input),
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Model_to_Markdown_to_model_is_the_identity(string format, SpecCase spec)
    {
        var model = Read(format, spec.Input);

        var back = MarkdownReader.Read(MarkdownWriter.Write(model));

        Assert.True(model == back, $"{spec}: {ModelDiff.First(model, back)}\n--- Markdown:\n{MarkdownWriter.Write(model)}");
    }

    public static TheoryData<SpecCase> TextFixtures() => SpecFile.Cases("text");

    [Theory]
    [MemberData(nameof(TextFixtures))]
    public void Text_to_JSON_keeps_every_word_of_the_turns(SpecCase spec)
    {
        var model = Readable("text", spec.Input);
        if (model is null)
        {
            return;
        }
        using var json = JsonDocument.Parse(JsonWriter.Write(model));

        var fromJson = json.RootElement.GetProperty("turns").EnumerateArray()
            .SelectMany(turn => turn.GetProperty("paragraphs").EnumerateArray())
            .SelectMany(p => Words(p.GetProperty("text").GetString()!));
        var fromModel = model.Turns.SelectMany(t => t.Paragraphs).SelectMany(p => Words(p.Text));
        Assert.Equal(fromModel, fromJson);
        Assert.All(fromJson, word => Assert.Contains(word, spec.Input, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}’'.-]+")]
    private static partial Regex WordPattern();
}
