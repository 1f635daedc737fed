using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>
/// The ways a person can read a response: its text without markup, the text as corrected (struck words gone) and
/// as first typed (inserted words gone) — in Markdown (<c>&lt;s&gt;x&lt;/s&gt; \[y\]</c>), HTML (<c>del</c>/<c>ins</c>)
/// and JSON (segments of kind del/ins, deletion/insertion). A name split across a correction shows in one of them.
/// </summary>
public static partial class Readings
{
    public static IEnumerable<string> Of(string body)
    {
        var decoded = WebUtility.HtmlDecode(body);
        yield return Plain(decoded);
        yield return Plain(Deleted().Replace(decoded, ""));
        yield return Plain(Inserted().Replace(decoded, ""));
        if (LooksLikeJson(body) && Parse(body) is { } json)
        {
            foreach (var drop in (string[][])[[], ["del", "deletion"], ["ins", "insertion"]])
            {
                var text = new StringBuilder();
                Walk(json.RootElement, drop, text);
                yield return text.ToString();
            }
        }
    }

    /// <summary>Each canary (a word, matched whole and in any case) found in any reading of the body.</summary>
    public static IEnumerable<string> Find(string body, IEnumerable<string> canaries)
    {
        var readings = Of(body).ToList();
        return canaries.Where(c => readings.Any(r => Regex.IsMatch(r, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(c)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));
    }

    // Tags, Markdown's escapes and the brackets around insertions go; what is left is what a reader reads.
    private static string Plain(string text) => Brackets().Replace(Tags().Replace(text, ""), "");

    private static bool LooksLikeJson(string body) => body.TrimStart() is ['{' or '[', ..];

    private static JsonDocument? Parse(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Segments of one paragraph sit side by side in an array: their text, joined without a gap, is the paragraph.
    private static void Walk(JsonElement element, string[] drop, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var kind = element.TryGetProperty("kind", out var k) ? k.ToString() : element.TryGetProperty("type", out var t) ? t.ToString() : "";
                if (drop.Contains(kind))
                {
                    return;
                }
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is not ("kind" or "type"))
                    {
                        Walk(property.Value, drop, text);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, drop, text);
                }
                text.Append(' ');
                break;
            case JsonValueKind.String:
                text.Append(element.GetString());
                break;
        }
    }

    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[\\\[\]]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\s*(<s>.*?</s>|<del>.*?</del>|~~.*?~~)\s*", RegexOptions.Singleline)]
    private static partial Regex Deleted();

    [GeneratedRegex(@"\s*(<ins>.*?</ins>|\\\[[^\]]*?\\\])", RegexOptions.Singleline)]
    private static partial Regex Inserted();
}
