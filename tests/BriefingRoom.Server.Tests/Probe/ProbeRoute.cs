using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>
/// One route as the running server maps it (method and pattern from its endpoint data source, so a route added
/// later is probed without a change here), with what its OpenAPI operation says it reads: the JSON body's schema,
/// a form, the query parameters.
/// </summary>
public sealed partial record ProbeRoute(string Method, string Pattern, string? BodySchema, bool Form, IReadOnlyList<string> Query)
{
    public string Name => $"{Method} {Pattern}";

    /// <summary>The live stream: read for a moment, never to its end.</summary>
    public bool IsStream => Pattern.EndsWith("/events", StringComparison.Ordinal);

    /// <summary>Signing in or out changes who the client is; only a visitor with nothing to lose calls them.</summary>
    public bool ChangesSession => Pattern is "/api/session" or "/sign-in" or "/sign-out";

    /// <summary>Ends or cancels a call: the probe sends it only to the scratch briefing, never to the one it watches.</summary>
    public bool EndsCall => Pattern.EndsWith("/conclude", StringComparison.Ordinal) || Pattern.EndsWith("/cancel", StringComparison.Ordinal);

    /// <summary>The parameter names in the pattern, in order ("id", "turn", "*path" for a catch-all).</summary>
    public IEnumerable<string> Parameters => Parameter().Matches(Pattern).Select(m => m.Groups[1].Value + m.Groups[2].Value);

    /// <summary>The path with each parameter replaced by <paramref name="value"/>'s answer for it (null leaves an optional one out).</summary>
    public string Path(Func<string, string?> value)
    {
        var path = Parameter().Replace(Pattern, m => value(m.Groups[2].Value) ?? "");
        path = path.Replace("//", "/", StringComparison.Ordinal);
        return path.Length > 1 && path.EndsWith('/') && !Pattern.EndsWith('/') ? path.TrimEnd('/') : path;
    }

    public static async Task<IReadOnlyList<ProbeRoute>> DiscoverAsync(WebApplication app, HttpClient client)
    {
        var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = new Dictionary<string, JsonElement>();
        foreach (var path in openApi.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations[$"{operation.Name.ToUpperInvariant()} {path.Name.TrimEnd('/')}"] = operation.Value;
            }
        }
        return [.. ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText ?? "")))
            .Distinct()
            .Select(r => Describe(r.Method, r.Pattern, operations.GetValueOrDefault($"{r.Method} {OpenApiPath(r.Pattern)}")))
            .OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    private static ProbeRoute Describe(string method, string pattern, JsonElement operation)
    {
        string? schema = null;
        var form = false;
        var query = new List<string>();
        if (operation.ValueKind == JsonValueKind.Object)
        {
            if (operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
            {
                form = content.TryGetProperty("application/x-www-form-urlencoded", out _);
                if (content.TryGetProperty("application/json", out var json) && json.GetProperty("schema").TryGetProperty("$ref", out var reference))
                {
                    schema = reference.GetString()!.Split('/')[^1];
                }
            }
            if (operation.TryGetProperty("parameters", out var parameters))
            {
                query.AddRange(parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!));
            }
        }
        return new ProbeRoute(method, pattern, schema, form, query);
    }

    // OpenAPI writes "{id}" for "{id:long}", "{file}" for "{file?}", and no trailing slash.
    private static string OpenApiPath(string pattern) => Parameter().Replace(pattern, m => $"{{{m.Groups[2].Value}}}").TrimEnd('/');

    [GeneratedRegex(@"\{(\*?)([A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex Parameter();
}
