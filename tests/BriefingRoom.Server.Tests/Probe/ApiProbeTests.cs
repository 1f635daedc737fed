using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>
/// A black-box probe of every route the server maps (found in its own endpoint data source, bodies from its OpenAPI
/// document), called by every kind of person before the lift and after it, with plausible and hostile bodies, path
/// values, query strings and a forged Host. It fails on any 5xx, any error the server logs, any protected name in
/// any reading of what someone not allowed to see it got, a typed field reaching a page or feed as markup, and the
/// forged host reaching any answer.
/// </summary>
public sealed partial class ApiProbeTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string EvilHost = "evil.example";

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Every_route_as_everyone_leaks_nothing_and_never_fails(string engine)
    {
        await using var probe = await ProbeOffice.OpenAsync(engine);
        await probe.RunAsync();
        var openApi = JsonDocument.Parse(await probe.Office["anonymous"].GetStringAsync("/openapi/v1.json")).RootElement;
        var routes = await ProbeRoute.DiscoverAsync(probe.Office.Server.App, probe.Office["anonymous"]);
        var findings = new Findings();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        foreach (var route in routes)
        {
            await HostileAsync(probe, route, openApi, findings);
        }
        await SweepAsync(probe, routes, openApi, lifted: false, findings);

        var (published, status) = await probe.LiftAsync();
        // Blocking the record is a lawful answer to the canaries (any finding blocks); the sweep then shows nothing of it is out.
        output.WriteLine(published is null ? $"{engine}: the watched record was not published: {status}" : $"{engine}: published at {published}");
        output.WriteLine($"{engine}: {findings.Answers} answers checked before the lift in {clock.Elapsed.TotalSeconds:F1} s");
        await SweepAsync(probe, routes, openApi, lifted: true, findings);

        output.WriteLine($"{engine}: {findings.Answers} answers checked in all in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var line in probe.Log.Errors())
        {
            findings.Add("server logged an error", line);
        }
        findings.AssertNone();
    }

    // Every route as every person with a plausible body, every GET with a forged Host, and every link the anonymous answers hold.
    private static async Task SweepAsync(ProbeOffice probe, IReadOnlyList<ProbeRoute> routes, JsonElement openApi, bool lifted, Findings findings)
    {
        var phase = lifted ? "after the lift" : "before the lift";
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            var path = route.Path(p => probe.Value(route, p, scratch: false));
            // One route's callers in parallel: the two cores stay busy while each waits on the server.
            await Task.WhenAll(Office.Everyone.Where(w => !route.ChangesSession || w == "anonymous").Select(async who =>
            {
                var answer = await ProbeOffice.SendAsync(probe.Office[who], SendMethod(route), path, Content(probe, route, openApi, scratch: false));
                Check(findings, $"{phase}, {who} {route.Name} ({path})", who, lifted, answer);
                if (who == "anonymous")
                {
                    lock (links)
                    {
                        links.UnionWith(Links(answer));
                    }
                }
                if (route.Method == "GET" && who is "anonymous" or "admin" or "reporterA")
                {
                    var forged = await ProbeOffice.SendAsync(probe.Office[who], "GET", path, change: r => r.Headers.Host = EvilHost);
                    Check(findings, $"{phase}, {who} {route.Name} with Host: {EvilHost}", who, lifted, forged);
                    ForgedHostAbsent(findings, $"{phase}, {who} {route.Name} with Host: {EvilHost}", forged);
                }
            }));
            if (route.Method == "GET")
            {
                // The test client is on loopback, a trusted proxy: its X-Forwarded-Host must still never form a link (docs/operations.md).
                var forwarded = await ProbeOffice.SendAsync(probe.Office["anonymous"], "GET", path, change: r =>
                {
                    r.Headers.Add("X-Forwarded-Host", EvilHost);
                    r.Headers.Add("X-Forwarded-Proto", "https");
                });
                Check(findings, $"{phase}, anonymous {route.Name} with X-Forwarded-Host: {EvilHost}", "anonymous", lifted, forwarded);
                ForgedHostAbsent(findings, $"{phase}, anonymous {route.Name} with X-Forwarded-Host: {EvilHost}", forwarded);
            }
        }
        foreach (var link in links.Order(StringComparer.Ordinal).Take(300))
        {
            Check(findings, $"{phase}, anonymous following the link {link}", "anonymous", lifted, await ProbeOffice.SendAsync(probe.Office["anonymous"], "GET", link));
        }
    }

    // Hostile bodies, path values, query values and content types, sent to the scratch briefing by those the route admits and by a visitor.
    private static async Task HostileAsync(ProbeOffice probe, ProbeRoute route, JsonElement openApi, Findings findings)
    {
        var path = route.Path(p => probe.Value(route, p, scratch: true));
        var callers = Office.Everyone.Where(w => !route.ChangesSession || w == "anonymous").ToList();
        var plausible = await Task.WhenAll(callers.Select(who => ProbeOffice.SendAsync(probe.Office[who], SendMethod(route), path, Content(probe, route, openApi, scratch: true))));
        var allowed = new List<string>();
        foreach (var (who, answer) in callers.Zip(plausible))
        {
            Check(findings, $"before the lift, {who} {route.Name} ({path})", who, false, answer);
            if (answer.Status is not (401 or 403 or 404 or 405) && who != "anonymous")
            {
                allowed.Add(who);
            }
        }
        // The first person the route lets in, and a visitor it should turn away before reading anything.
        string[] senders = [.. allowed.Take(1), "anonymous"];

        if (route.BodySchema is { } schema)
        {
            foreach (var who in senders)
            {
                // A visitor turned away before the body is read needs only the whole-body shapes; one the route serves (signing in) gets them all.
                var visitorServed = allowed.Count == 0;
                foreach (var (field, json) in Hostile.Variants(probe.Body(schema, scratch: true, openApi)).Where(v => who != "anonymous" || visitorServed || v.Field == Hostile.WholeBody))
                {
                    var answer = await ProbeOffice.SendAsync(probe.Office[who], route.Method, path, new StringContent(json, Encoding.UTF8, "application/json"));
                    Check(findings, $"before the lift, {who} {route.Name} with {field} = {Shorten(json)}", who, false, answer);
                }
            }
            foreach (var who in allowed)
            {
                var json = probe.Body(schema, scratch: true, openApi).ToJsonString();
                var answer = await ProbeOffice.SendAsync(probe.Office[who], route.Method, path, new StringContent(json, Encoding.UTF8, "text/plain"));
                Check(findings, $"{who} {route.Name} as text/plain", who, false, answer);
                if (answer.Status != 415)
                {
                    findings.Add("a JSON body sent as another media type is not 415 Unsupported Media Type", $"{who} {route.Name}: {answer.Status}");
                }
            }
        }
        if (route.Form)
        {
            foreach (var who in senders)
            {
                var form = new FormUrlEncodedContent(Hostile.Strings.Select((s, i) => KeyValuePair.Create(i == 0 ? "text" : $"field{i}", s)).Append(KeyValuePair.Create("start", "2147483647")));
                Check(findings, $"before the lift, {who} {route.Name} with a hostile form", who, false, await ProbeOffice.SendAsync(probe.Office[who], route.Method, path, form));
            }
        }
        foreach (var parameter in route.Parameters.Where(p => !p.StartsWith('*')))
        {
            foreach (var value in Hostile.PathValues)
            {
                var hostile = route.Path(p => p == parameter ? value : probe.Value(route, p, scratch: true));
                var who = allowed.FirstOrDefault() ?? "anonymous";
                var answer = await ProbeOffice.SendAsync(probe.Office[who], SendMethod(route), hostile, Content(probe, route, openApi, scratch: true));
                Check(findings, $"before the lift, {who} {route.Name} with {parameter} = {Shorten(value)}", who, false, answer);
            }
        }
        if (route.Method != "GET")
        {
            return;
        }
        foreach (var parameter in route.Query)
        {
            foreach (var value in Hostile.QueryValues)
            {
                var query = $"{path}?{parameter}={value}";
                Check(findings, $"before the lift, anonymous {route.Name}?{parameter}={Shorten(value)}", "anonymous", false, await ProbeOffice.SendAsync(probe.Office["anonymous"], "GET", query));
            }
            var returnTo = $"{path}?{parameter}=//{EvilHost}/x";
            var redirect = await ProbeOffice.SendAsync(probe.Office["anonymous"], "GET", returnTo);
            if (OffSite(redirect.Location))
            {
                findings.Add("a redirect leaves the site", $"{returnTo}: Location {redirect.Location}");
            }
        }
        foreach (var odd in Hostile.OddQueries)
        {
            Check(findings, $"before the lift, anonymous {route.Name}{Shorten(odd)}", "anonymous", false, await ProbeOffice.SendAsync(probe.Office["anonymous"], "GET", path + odd));
        }
    }

    private static void Check(Findings findings, string where, string who, bool lifted, ProbeResponse answer)
    {
        findings.Counted();
        if (answer.Status >= 500)
        {
            findings.Add("a server error (5xx)", $"{where}: {answer.Status} {Shorten(answer.Body)}");
        }
        var forbidden = ProbeOffice.Staff.Contains(who) ? []
            : ProbeOffice.Press.Contains(who) ? ProbeOffice.Unspoken
            : lifted ? ProbeOffice.Names : ProbeOffice.Embargoed;
        foreach (var canary in Readings.Find(answer.Body + "\n" + answer.Headers, forbidden))
        {
            findings.Add($"\"{canary}\" reached someone it must not", $"{where}: {answer.Status} {answer.MediaType}");
        }
        if (answer.IsMarkup)
        {
            foreach (var markup in Hostile.Markup.Where(m => answer.Body.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                findings.Add("a typed value reached a page or feed as markup", $"{where}: {answer.MediaType} holds {markup}");
            }
        }
    }

    private static void ForgedHostAbsent(Findings findings, string where, ProbeResponse answer)
    {
        if ((answer.Body + answer.Headers + answer.Location).Contains(EvilHost, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add("a forged host reached an answer", $"{where}: {answer.Status} {answer.MediaType}");
        }
    }

    private static bool OffSite(string location) =>
        location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal)
        || (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Host.Contains(EvilHost, StringComparison.OrdinalIgnoreCase));

    private static string SendMethod(ProbeRoute route) => route.Method == "*" ? "GET" : route.Method;

    private static HttpContent? Content(ProbeOffice probe, ProbeRoute route, JsonElement openApi, bool scratch) =>
        route.BodySchema is { } schema ? new StringContent(probe.Body(schema, scratch, openApi).ToJsonString(), new MediaTypeHeaderValue("application/json"))
        : route.Form ? new FormUrlEncodedContent([])
        : null;

    private static IEnumerable<string> Links(ProbeResponse answer) =>
        answer.IsMarkup ? Link().Matches(answer.Body).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Where(l => !l.StartsWith("//", StringComparison.Ordinal)) : [];

    private static string Shorten(string text) => text.Length <= 120 ? text.ReplaceLineEndings(" ") : $"{text[..100].ReplaceLineEndings(" ")}… ({text.Length} chars)";

    [GeneratedRegex("(?:href|src|action)=\"(/[^\"#]*)")]
    private static partial Regex Link();
}
