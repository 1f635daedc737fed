using System.Text.Json;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Json;

namespace BriefingRoom.Tests.Accuracy;

/// <summary>
/// What Briefing Room reads in a transcript, taken from its JSON as <c>briefing parse FILE</c> writes it, so the
/// measure means the same whatever the model's C# shape becomes (a dateline or attributedTo turned list).
/// </summary>
public sealed record AccuracyReading(
    string? Title,
    IReadOnlyList<string>? Dateline,
    string? StartText,
    string? StartTime,
    string Attribution,
    IReadOnlyList<string> AttributedTo,
    string? Embargo,
    IReadOnlyList<string> Labels)
{
    public static AccuracyReading Of(string text, TranscriptFormat format)
    {
        using var json = JsonDocument.Parse(JsonWriter.Write(TranscriptFormats.Read(text, format)));
        var root = json.RootElement;
        var rules = root.GetProperty("groundRules");
        var start = root.GetProperty("start");
        return new AccuracyReading(
            Text(root.GetProperty("title")),
            Strings(root.GetProperty("location")) is { Count: > 0 } lines ? [.. lines.SelectMany(l => l.Split('\n'))] : null,
            start.ValueKind == JsonValueKind.Object ? Text(start.GetProperty("text")) : null,
            start.ValueKind == JsonValueKind.Object ? Text(start.GetProperty("time")) : null,
            rules.GetProperty("attribution").GetString() ?? "not-stated",
            Strings(rules.GetProperty("attributedTo")),
            Text(rules.GetProperty("embargo")),
            // Only labelled turns: text before the first label is no speaker's, whether or not it is a turn.
            [.. root.GetProperty("turns").EnumerateArray()
                .Select(t => t.GetProperty("speaker"))
                .Where(s => s.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(s.GetString()))
                .Select(s => s.GetString()!)]);
    }

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static List<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => [.. e.EnumerateArray().Select(x => x.GetString()!)],
        _ => [],
    };
}
