using System.Text.Json.Nodes;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>
/// Values a careless or hostile client sends: markup that would run if echoed unescaped, control and bidirectional
/// characters, numbers at the edges of their type, the wrong type, and bodies that are not the object asked for.
/// </summary>
public static class Hostile
{
    /// <summary>Found raw (not escaped) in a page or feed, one of these means a typed field reached it as markup.</summary>
    public static readonly string[] Markup = ["<script>probeXss()", "<img src=x onerror=probeXss"];

    public const string Script = "<script>probeXss()</script>";

    public const string Attribute = "\"'><img src=x onerror=probeXss()>";

    public static readonly string[] Strings =
    [
        Script,
        Attribute,
        "probe\u0000nul\u0007bell\u001b[31mescape\u202Eright-to-left\u2028line",
        "probe\r\nsecond line",
        "\ud800 lone surrogate",
        "",
        new string('x', 5000),
    ];

    public static readonly JsonNode?[] Numbers = [int.MaxValue, int.MinValue, -1, long.MaxValue, 0.5, "12", "probe", null];

    /// <summary>Whole bodies that are not the object the route reads.</summary>
    public static readonly string[] Bodies = ["", "null", "[]", "\"probe\"", "{", "{\"a\":", new string('[', 2000) + new string(']', 2000), "{\"__proto__\":{\"x\":1}}"];

    /// <summary>The field name a whole-body variant goes by.</summary>
    public const string WholeBody = "(body)";

    /// <summary>The plausible body with one property at a time replaced by each value that fits its kind badly.</summary>
    public static IEnumerable<(string Field, string Json)> Variants(JsonObject plausible)
    {
        foreach (var (name, value) in plausible)
        {
            IEnumerable<JsonNode?> bad = value?.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.Number => Numbers,
                System.Text.Json.JsonValueKind.String => [.. Strings.Select(s => (JsonNode?)s), int.MaxValue, null, new JsonArray()],
                System.Text.Json.JsonValueKind.Array => [null, "probe", new JsonArray(Script, new string('x', 5000)), new JsonArray(new JsonObject())],
                _ => [null, "probe", int.MaxValue, new JsonObject()],
            };
            foreach (var replacement in bad)
            {
                var copy = plausible.DeepClone().AsObject();
                copy[name] = replacement?.DeepClone();
                yield return (name, copy.ToJsonString());
            }
        }
        foreach (var body in Bodies)
        {
            yield return (WholeBody, body);
        }
    }

    /// <summary>Path parameters and query values past what a route expects.</summary>
    public static readonly string[] PathValues = ["0", "-1", "2147483647", "9223372036854775807", "99999999999999999999", "%3Cscript%3E", "..%2F..%2Fetc", new string('a', 3000)];

    public static readonly string[] QueryValues = ["2147483647", "-2147483648", "-1", "0", "abc", "9999-99-99", "\"unclosed", "NOT NOT", "%00", "%ZZ", Uri.EscapeDataString(Script), new string('q', 10_000)];

    /// <summary>Query strings that are odd as a whole rather than in one value.</summary>
    public static readonly string[] OddQueries = ["?", "?&&&", "?=", "?=x", "?page=1&page=2", "?q=a&q=b", "?%", "?a[]=1&a[b]=2", "?" + new string('k', 8000) + "=1"];
}
