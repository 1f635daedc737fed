using System.Globalization;
using System.Text.Json;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Json;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats.Html;

/// <summary>
/// Real page templates (fixtures/specs/html/templates): each case states the facts a reader must get from the
/// page — title, date, dateline, start time, the first speaker labels — and text that must appear nowhere in
/// the transcript (<c>absent:</c>, any part of any string) or never as a whole paragraph or title (<c>not-paragraph:</c>).
/// Only the listed facts are checked, so the rest of the reading may improve without touching these files.
/// </summary>
public sealed class HtmlTemplateSpecs
{
    public static TheoryData<SpecCase> Cases() => SpecFile.Cases(Path.Combine("html", "templates"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_template_reads_as_the_spec_says(SpecCase spec)
    {
        var transcript = HtmlReader.Read(spec.Input);
        var strings = StringsOf(transcript);
        foreach (var (key, value) in Facts(spec.Expected))
        {
            switch (key)
            {
                case "title": Assert.Equal(value, transcript.Metadata.Title); break;
                case "date": Assert.Equal(value, transcript.Metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case "url": Assert.Equal(value, transcript.Metadata.Url); break;
                case "dateline": Assert.Equal(value, transcript.Dateline?.Replace("\n", " / ", StringComparison.Ordinal)); break;
                case "start": Assert.Equal(value, transcript.Start is { } s ? InlineText.Collapse(s.Text) : null); break;
                case "labels":
                    var expected = value.Split(", ");
                    var labels = transcript.Turns.Where(t => !string.IsNullOrEmpty(t.Speaker)).Select(t => t.Speaker!).Take(expected.Length);
                    Assert.Equal(expected, labels);
                    break;
                case "absent":
                    Assert.DoesNotContain(strings, s => s.Contains(value, StringComparison.OrdinalIgnoreCase));
                    break;
                case "not-paragraph":
                    Assert.DoesNotContain(strings, s => string.Equals(InlineText.Flatten(s), value, StringComparison.OrdinalIgnoreCase));
                    break;
                default: throw new InvalidDataException($"{spec}: unknown fact '{key}'");
            }
        }
    }

    private static IEnumerable<(string Key, string Value)> Facts(string expected)
    {
        foreach (var line in expected.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new InvalidDataException($"expected 'key: value', got '{line}'");
            }
            yield return (line[..colon], line[(colon + 2)..]);
        }
    }

    /// <summary>Every string of the transcript's JSON — title, dateline, each run of each paragraph, and whatever else the model gains.</summary>
    private static List<string> StringsOf(Transcript transcript)
    {
        using var json = JsonDocument.Parse(JsonWriter.Write(transcript));
        var strings = new List<string>();
        Collect(json.RootElement, strings);
        return strings;
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: strings.Add(element.GetString()!); break;
            case JsonValueKind.Array: foreach (var item in element.EnumerateArray()) { Collect(item, strings); } break;
            case JsonValueKind.Object: foreach (var property in element.EnumerateObject()) { Collect(property.Value, strings); } break;
            default: break;
        }
    }
}
