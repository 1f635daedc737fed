using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.TestSupport;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// A press office on a running server: one signed-in client per role, two admitted reporters from different
/// outlets, a verified reporter who is not admitted, an unverified one and an anonymous visitor — and one
/// briefing scheduled with a protected official whose name and remarks carry canary strings.
/// </summary>
public sealed class Office : IAsyncDisposable
{
    /// <summary>The official's real name: must never reach the public, nor anyone before they are admitted.</summary>
    public const string OfficialName = "Marguerite Quillfeather";

    /// <summary>A phrase of the official's remarks: embargoed until the lift.</summary>
    public const string RemarkCanary = "tangerine-canary-4417";

    public const string Password = "office-password-1";

    private readonly bool _ownsDatabase;

    private Office(TestDatabase database, RunningServer server, bool ownsDatabase) => (Database, Server, _ownsDatabase) = (database, server, ownsDatabase);

    public TestDatabase Database { get; }

    public RunningServer Server { get; }

    public Dictionary<string, HttpClient> People { get; } = [];

    public long BriefingId { get; private set; }

    /// <summary>The public record's path once published, for tests that look at it.</summary>
    public string? PublicPath { get; set; }

    /// <summary>The published record's number in the archive once published; before, a number no document has.</summary>
    public long ArchiveId { get; set; } = 999_999;

    public HttpClient this[string who] => People[who];

    /// <summary>Everyone the authorization matrix asks about.</summary>
    public static readonly string[] Everyone = ["anonymous", "admin", "moderator", "operator", "stenographer", "publisher", "reporterA", "reporterB", "outsider", "unverified"];

    public static async Task<Office> OpenAsync(string engine, TimeProvider? time = null, object? plan = null)
    {
        var database = await TestDatabase.CreateAsync(engine);
        return await OnAsync(database, await RunningServer.StartAsync(database.Choice, time), plan, ownsDatabase: true);
    }

    /// <summary>Sets the office up on a server already running; the database is left for the caller unless owned.</summary>
    public static async Task<Office> OnAsync(TestDatabase database, RunningServer server, object? plan = null, bool ownsDatabase = false)
    {
        var office = new Office(database, server, ownsDatabase);
        await office.StaffAsync();
        office.BriefingId = await office.ScheduleAsync(plan ?? Plan());
        await office.AdmitAsync("reporterA");
        await office.AdmitAsync("reporterB");
        return office;
    }

    /// <summary>A background call with the embargo until its conclusion and automatic publishing; <paramref name="change"/> edits the JSON.</summary>
    public static Dictionary<string, object?> Plan(Action<Dictionary<string, object?>>? change = null)
    {
        var plan = new Dictionary<string, object?>
        {
            ["title"] = "Background Press Call by a Senior Administration Official on Canaries",
            ["location"] = "Via Teleconference",
            ["starts"] = "2026-11-24T13:00",
            ["timeZone"] = "America/New_York",
            ["attribution"] = "background",
            ["embargo"] = "until-conclusion",
            ["speakers"] = new[] { new { name = OfficialName, aliases = new[] { "Quill" }, label = "Senior Administration Official" } },
        };
        change?.Invoke(plan);
        return plan;
    }

    public async Task<long> ScheduleAsync(object plan)
    {
        var response = await this["moderator"].PostAsJsonAsync("/api/briefings", plan);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>Posts JSON (or nothing) as one person and insists it was accepted; returns the answer's JSON.</summary>
    public async Task<JsonElement> OkAsync(string who, string path, object? body = null)
    {
        var response = body is null ? await this[who].PostAsync(path, null) : await this[who].PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{who} POST {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Fails if any of the answers carries the official's real name, in any case.</summary>
    public static void AssertNoOfficialName(params IEnumerable<string> answers)
    {
        foreach (var answer in answers)
        {
            Assert.DoesNotContain("Quillfeather", answer, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Marguerite", answer, StringComparison.OrdinalIgnoreCase);
        }
    }

    public string Api(string rest = "") => $"/api/briefings/{BriefingId}{rest}";

    /// <summary>The call from opening to conclusion: remarks with the canary, both reporters queue, A's line opens, A asks.</summary>
    public async Task RunCallAsync(bool conclude = true)
    {
        await OkAsync("moderator", Api("/open"));
        var official = (await OkAsync("stenographer", Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        await OkAsync("stenographer", Api($"/turns/{official}/paragraphs"), new { text = $"Thanks, everybody. The {RemarkCanary} plan goes ahead tomorrow." });
        await OkAsync("reporterA", Api("/queue"));
        await OkAsync("reporterB", Api("/queue"));
        await OkAsync("operator", Api("/line"), new { entryId = "q1" });
        var question = (await OkAsync("stenographer", Api("/turns"), new { speaker = "reporter", reporterId = ReporterId("reporterA") })).GetProperty("turnId").GetInt32();
        await OkAsync("stenographer", Api($"/turns/{question}/paragraphs"), new { text = "Will the plan change?" });
        if (conclude)
        {
            await OkAsync("moderator", Api("/conclude?confirm=true"));
        }
    }

    public string ReporterId(string who) => _accountIds[who];

    private readonly Dictionary<string, string> _accountIds = [];

    private async Task StaffAsync()
    {
        People["anonymous"] = Server.NewClient();
        var admin = await Server.SignInAsAdminAsync();
        People["admin"] = admin;
        foreach (var role in (string[])["moderator", "operator", "stenographer", "publisher"])
        {
            await CreateAsync(admin, "/api/accounts", new { email = $"{role}@press.gov", name = $"The {role}", roles = new[] { role }, password = Password }, role);
            People[role] = await Server.SignInAsync($"{role}@press.gov", Password);
        }
        foreach (var (who, outlet) in ((string, string)[])[("reporterA", "Daily Planet"), ("reporterB", "Evening Star"), ("outsider", "Gazette"), ("unverified", "Unknown Times")])
        {
            var id = await CreateAsync(People["anonymous"], "/api/reporters", new { email = $"{who}@news.example", name = $"Reporter {who}", outlet, password = Password }, who);
            if (who != "unverified")
            {
                Assert.True((await admin.PostAsync($"/api/accounts/{id}/verify", null)).IsSuccessStatusCode);
            }
            People[who] = await Server.SignInAsync($"{who}@news.example", Password);
        }
    }

    private async Task<string> CreateAsync(HttpClient client, string path, object body, string who)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        _accountIds[who] = id;
        return id;
    }

    private async Task AdmitAsync(string who) =>
        await OkAsync("moderator", Api("/reporters"), new { accountId = long.Parse(ReporterId(who), System.Globalization.CultureInfo.InvariantCulture) });

    public async ValueTask DisposeAsync()
    {
        foreach (var client in People.Values)
        {
            client.Dispose();
        }
        await Server.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}
