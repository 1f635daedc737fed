using System.Text;

namespace BriefingRoom.Tests.Accuracy;

/// <summary>
/// One hand annotation of a real transcript (fixtures/accuracy/NN-name.expected, described in that folder's
/// README): what a careful reader finds in the stored text. Null means the text has none.
/// </summary>
public sealed record AccuracyExpectation(
    string Name,
    string Source,
    string? Title,
    IReadOnlyList<string>? Dateline,
    string? Start,
    string Attribution,
    IReadOnlyList<string> AttributedTo,
    string? Embargo,
    IReadOnlyList<string> Turns)
{
    private static readonly string[] Keys = ["source", "note", "title", "dateline", "start", "attribution", "attributed-to", "embargo", "turns"];

    /// <summary>Reads an annotation; a malformed one fails with its file and line, so a typo cannot pass as a miss.</summary>
    public static AccuracyExpectation Read(string path)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var turns = new List<string>();
        var inTurns = false;
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (inTurns)
            {
                if (line.Trim().Length == 0)
                {
                    throw Bad(path, i, "blank line among the turns");
                }
                turns.Add(line.Trim());
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? line : line[..colon];
            if (!Keys.Contains(key))
            {
                throw Bad(path, i, $"unknown key \"{key}\" (expected one of {string.Join(", ", Keys)})");
            }
            if (key == "turns")
            {
                inTurns = true;
                continue;
            }
            var value = line[(colon + 1)..].Trim();
            if (value.Length == 0)
            {
                throw Bad(path, i, $"\"{key}\" has no value (write none)");
            }
            if (!values.TryGetValue(key, out var list))
            {
                values[key] = list = [];
            }
            list.Add(value);
        }
        string? One(string key) => values.TryGetValue(key, out var v) && v.Count == 1
            ? (v[0] == "none" ? null : v[0])
            : throw new FormatException($"{path}: \"{key}\" must be given once");
        if (!inTurns || turns.Count == 0)
        {
            throw new FormatException($"{path}: no turns: section with at least one label");
        }
        var attributedTo = values.GetValueOrDefault("attributed-to") ?? [];
        return new AccuracyExpectation(
            Path.GetFileNameWithoutExtension(path),
            One("source") ?? throw new FormatException($"{path}: source must be a URL"),
            One("title"),
            One("dateline")?.Split(" / "),
            One("start"),
            One("attribution") ?? "not-stated",
            attributedTo is ["none"] ? [] : attributedTo,
            One("embargo"),
            turns);
    }

    private static FormatException Bad(string path, int index, string message) => new($"{path}:{index + 1}: {message}");
}
