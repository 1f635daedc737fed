using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>
/// The probe's press office: <see cref="Office"/>'s people and briefing, planned with two protected officials (the
/// second never named aloud, so anything of theirs reaching the press came from the plan), remarks that hide the
/// first's surname inside a correction and strike part of the first name, and a scratch briefing that takes the
/// hostile writes so the watched one keeps only what the probe put there.
/// </summary>
public sealed class ProbeOffice : IAsyncDisposable
{
    /// <summary>Every protected name: none may reach the public in any reading, before or after the lift.</summary>
    public static readonly string[] Names = ["Marguerite", "Quillfeather", "Quill", "Ottoline", "Brackenbury"];

    /// <summary>The second official's names: never said on the call, so never seen by the press either.</summary>
    public static readonly string[] Unspoken = ["Ottoline", "Brackenbury"];

    /// <summary>Before the lift, for anyone not admitted: the names, the remarks and the title's own word.</summary>
    public static readonly string[] Embargoed = [.. Names, Office.RemarkCanary, "Canaries", "tangerine"];

    private static readonly string[] FirstAliases = ["Quill", "Marguerite", "Quillfeather"];

    private static readonly string[] ScratchAliases = ["Scratchley"];

    public static readonly string[] Staff = ["admin", "moderator", "operator", "stenographer", "publisher"];

    public static readonly string[] Press = ["reporterA", "reporterB"];

    private int _unique;

    private ProbeOffice(Office office, LogCapture log) => (Office, Log) = (office, log);

    public Office Office { get; }

    public LogCapture Log { get; }

    public long ScratchId { get; private set; }

    public static Dictionary<string, object?> Plan(Action<Dictionary<string, object?>>? change = null) => Office.Plan(p =>
    {
        p["speakers"] = new object[]
        {
            new { name = Office.OfficialName, aliases = FirstAliases, label = "SENIOR ADMINISTRATION OFFICIAL ONE" },
            new { name = "Ottoline Brackenbury", aliases = Unspoken, label = "SENIOR ADMINISTRATION OFFICIAL TWO" },
        };
        change?.Invoke(p);
    });

    private static Dictionary<string, object?> ScratchPlan() => Office.Plan(p =>
    {
        p["title"] = "Scratch Call for the Probe";
        p["speakers"] = new[] { new { name = "Pat Scratchley", aliases = ScratchAliases, label = "SENIOR OFFICIAL" } };
    });

    public static async Task<ProbeOffice> OpenAsync(string engine, TimeProvider? time = null, Dictionary<string, object?>? plan = null)
    {
        var log = new LogCapture();
        var database = await TestDatabase.CreateAsync(engine);
        var server = await RunningServer.StartAsync(database.Choice, time, services: log.AddTo);
        var office = await Office.OnAsync(database, server, plan ?? Plan(), ownsDatabase: true);
        return new ProbeOffice(office, log);
    }

    /// <summary>Runs the watched call up to just before its conclusion, with the canary remarks, and opens the scratch call.</summary>
    public async Task RunAsync()
    {
        ScratchId = await Office.ScheduleAsync(ScratchPlan());
        await Office.OkAsync("moderator", $"/api/briefings/{ScratchId}/open");
        var scratchTurn = (await Office.OkAsync("stenographer", $"/api/briefings/{ScratchId}/turns", new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        await Office.OkAsync("stenographer", $"/api/briefings/{ScratchId}/turns/{scratchTurn}/paragraphs", new { text = "Scratch remarks." });
        foreach (var who in Press)
        {
            await Office.OkAsync("moderator", $"/api/briefings/{ScratchId}/reporters", new { accountId = long.Parse(Office.ReporterId(who), CultureInfo.InvariantCulture) });
        }
        await Office.OkAsync("reporterA", $"/api/briefings/{ScratchId}/queue");

        await Office.RunCallAsync(conclude: false);
        var turn = (await Office.OkAsync("stenographer", Office.Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        // Misheard, then corrected inside the word: "Quil<s>feather</s> \[lfeather\]" and "Marg<s>arite</s> \[uerite\]" read as the names once corrected.
        await ParagraphWithCorrectionsAsync(turn, "As Quilfeather said, Margarite agreed.", ("feather", "lfeather"), ("arite", "uerite"));
        var second = (await Office.OkAsync("stenographer", Office.Api("/turns"), new { speaker = "s2" })).GetProperty("turnId").GetInt32();
        await Office.OkAsync("stenographer", Office.Api($"/turns/{second}/paragraphs"), new { text = "Nothing more from me today." });
    }

    private async Task ParagraphWithCorrectionsAsync(int turn, string text, params (string Struck, string Replacement)[] corrections)
    {
        var paragraph = (await Office.OkAsync("stenographer", Office.Api($"/turns/{turn}/paragraphs"), new { text })).GetProperty("paragraphId").GetInt32();
        foreach (var (struck, replacement) in corrections)
        {
            await Office.OkAsync("stenographer", Office.Api($"/turns/{turn}/paragraphs/{paragraph}/corrections"),
                new { start = text.IndexOf(struck, StringComparison.Ordinal), length = struck.Length, replacement });
        }
    }

    /// <summary>Concludes both calls and waits for the watched one's record; returns its public path, or why it was not published.</summary>
    public async Task<(string? Path, string Status)> LiftAsync()
    {
        await Office["moderator"].PostAsync($"/api/briefings/{ScratchId}/conclude?confirm=true", null);
        await Office.OkAsync("moderator", Office.Api("/conclude?confirm=true"));
        var status = await Eventually.ThatAsync(() => Office["publisher"].GetFromJsonAsync<JsonElement>(Office.Api("/publication")),
            s => s.GetProperty("state").GetString() is "published" or "blocked", "publication");
        if (status.GetProperty("state").GetString() != "published")
        {
            return (null, status.ToString());
        }
        Office.PublicPath = status.GetProperty("path").GetString();
        var archive = await Office["anonymous"].GetStringAsync("/archive/");
        Office.ArchiveId = long.Parse(System.Text.RegularExpressions.Regex.Match(archive, @"/archive/(\d+)/").Groups[1].Value, CultureInfo.InvariantCulture);
        return (Office.PublicPath, status.ToString());
    }

    /// <summary>What a route's parameter stands for, aimed at the watched briefing or the scratch one.</summary>
    public string? Value(ProbeRoute route, string parameter, bool scratch) => parameter switch
    {
        "id" when route.Pattern.StartsWith("/archive", StringComparison.Ordinal) => Office.ArchiveId.ToString(CultureInfo.InvariantCulture),
        "id" when route.Pattern.Contains("accounts/{id", StringComparison.Ordinal) || route.Pattern.Contains("reporters/{id", StringComparison.Ordinal) => Office.ReporterId("outsider"),
        "id" => (scratch || route.EndsCall ? ScratchId : Office.BriefingId).ToString(CultureInfo.InvariantCulture),
        "turn" => "2",
        "paragraph" => "1",
        "entry" => "q1",
        "documentName" => "v1",
        "extension" => "md",
        "file" => null,
        "path" => "no/such/page",
        _ when PublicPart(parameter) is { } part => part,
        _ => "1",
    };

    // The public record's address, split into the parts its route names.
    private string? PublicPart(string parameter)
    {
        var parts = (Office.PublicPath ?? "/briefing-room/press-briefings/2026/11/24/probe/").Trim('/').Split('/');
        return parameter switch { "section" => parts[1], "year" => parts[2], "month" => parts[3], "day" => parts[4], "slug" => parts[5], _ => null };
    }

    /// <summary>A body the route would accept from the right person, by its OpenAPI schema; unknown schemas get one from their properties.</summary>
    public JsonObject Body(string schema, bool scratch, JsonElement openApi)
    {
        var unique = Interlocked.Increment(ref _unique);
        object body = schema switch
        {
            "SignInRequest" => new { email = "nobody@probe.example", password = "not-the-password-1" },
            "ChangePassword" => new { current = "not-the-password-1", @new = "a-new-password-1" },
            "RegisterReporter" => new { email = $"probe{unique}@news.example", name = "Probe Reporter", outlet = "Probe Gazette", password = "probe-password-1" },
            "CreateStaff" => new { email = $"staff{unique}@press.gov", name = "Probe Staff", roles = new[] { "operator" }, password = "probe-password-1" },
            "PlanInput" => scratch ? ScratchPlan() : Plan(),
            "Admit" => new { accountId = long.Parse(Office.ReporterId(scratch ? "outsider" : "reporterA"), CultureInfo.InvariantCulture) },
            "StartTurn" => new { speaker = "s1" },
            "AddParagraph" => new { text = "A probe paragraph." },
            "Correction" => new { start = 0, length = 1, replacement = "A" },
            "Move" => new { toIndex = 0 },
            "OpenLine" => new { entryId = "q1" },
            _ => FromSchema(openApi.GetProperty("components").GetProperty("schemas").GetProperty(schema)),
        };
        return JsonSerializer.SerializeToNode(body)!.AsObject();
    }

    private static JsonObject FromSchema(JsonElement schema)
    {
        var body = new JsonObject();
        foreach (var property in schema.TryGetProperty("properties", out var p) ? p.EnumerateObject() : default)
        {
            var type = property.Value.TryGetProperty("type", out var t) ? t.ToString() : "";
            body[property.Name] = type.Contains("integer", StringComparison.Ordinal) || type.Contains("number", StringComparison.Ordinal) ? 1
                : type.Contains("boolean", StringComparison.Ordinal) ? false
                : type.Contains("array", StringComparison.Ordinal) ? new JsonArray()
                : "probe";
        }
        return body;
    }

    /// <summary>Sends one request as one person and reads what came back; a live stream is read for a moment.</summary>
    public static async Task<ProbeResponse> SendAsync(HttpClient client, string method, string path, HttpContent? content = null, Action<HttpRequestMessage>? change = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = content };
        if (path.Contains("/events", StringComparison.Ordinal))
        {
            request.Headers.Accept.ParseAdd("text/event-stream");
        }
        change?.Invoke(request);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return await ProbeResponse.ReadAsync(response, stream: response.Content.Headers.ContentType?.MediaType == "text/event-stream");
    }

    public ValueTask DisposeAsync() => Office.DisposeAsync();
}
