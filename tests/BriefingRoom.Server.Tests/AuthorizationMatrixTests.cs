using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Media;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Every route × every person × before and after the lift: who may call it, what the others get (401 signed out,
/// 403 or 404 signed in), and that no response — data, feed, error — carries the official's name to anyone but staff,
/// or the embargoed remarks to anyone outside the call before the lift.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private static readonly string[] Staff = ["admin", "moderator", "operator", "stenographer", "publisher"];
    private static readonly string[] Press = ["reporterA", "reporterB"];
    private static readonly string[] Anyone = Office.Everyone;
    private static readonly string[] SignedIn = [.. Office.Everyone.Where(p => p != "anonymous")];

    /// <summary>
    /// A route, who may call it, and the request sent. <see cref="Harmless"/> routes are called by everyone; others
    /// (they would end the call or sign out) only by those who must be refused, which is what this matrix is about.
    /// </summary>
    private sealed record Route(string Method, string Pattern, string[] Allowed, Func<Office, string> Path, object? Body = null, bool Harmless = true, int[]? AllowedStatus = null, bool Page = false);

    // A page or its form: anonymous visitors are sent to sign in; forms posted without their token (as here) change nothing and get 400.
    private static Route Page(string method, string pattern, string[] allowed, Func<Office, string> path, int[]? allowedStatus = null) =>
        new(method, pattern, allowed, path, null, Harmless: true, allowedStatus ?? (method == "POST" ? [400] : null), Page: true);

    private static readonly string[] Reporters = [.. Press, "outsider", "unverified"];

    private static readonly Route[] Routes =
    [
        new("GET", "/openapi/{documentName}.json", Anyone, _ => "/openapi/v1.json"),
        new("POST", "/api/session", Anyone, _ => "/api/session", Harmless: false),
        new("DELETE", "/api/session", Anyone, _ => "/api/session", Harmless: false),
        new("GET", "/api/me", SignedIn, _ => "/api/me"),
        new("POST", "/api/me/password", SignedIn, _ => "/api/me/password", new { current = "wrong", @new = "x" }, AllowedStatus: [400]),
        new("POST", "/api/reporters", Anyone, _ => "/api/reporters", new { }, AllowedStatus: [400]),
        new("GET", "/api/accounts", Staff, _ => "/api/accounts"),
        new("POST", "/api/accounts", ["admin"], _ => "/api/accounts", new { }, AllowedStatus: [400]),
        new("POST", "/api/accounts/{id}/verify", ["admin", "moderator"], _ => "/api/accounts/999999/verify", AllowedStatus: [404]),
        new("POST", "/api/briefings/", ["admin", "moderator"], _ => "/api/briefings", new { }, AllowedStatus: [400]),
        new("GET", "/api/briefings/", SignedIn, _ => "/api/briefings"),
        new("GET", "/api/briefings/{id}", [.. Staff, .. Press], o => o.Api()),
        new("PUT", "/api/briefings/{id}/plan", ["admin", "moderator"], o => o.Api("/plan"), new { }, AllowedStatus: [400]),
        new("POST", "/api/briefings/{id}/reporters", ["admin", "moderator"], o => o.Api("/reporters"), new { accountId = 0 }, AllowedStatus: [400]),
        new("DELETE", "/api/briefings/{id}/reporters/{reporterId}", ["admin", "moderator"], o => o.Api("/reporters/999999"), AllowedStatus: [409]),
        new("POST", "/api/briefings/{id}/cancel", ["admin", "moderator"], o => o.Api("/cancel"), AllowedStatus: [409]),
        new("GET", "/api/briefings/{id}/invitation.ics", Press, o => o.Api("/invitation.ics")),
        new("POST", "/api/briefings/{id}/open", ["moderator"], o => o.Api("/open"), AllowedStatus: [409]),
        new("POST", "/api/briefings/{id}/conclude", ["moderator"], o => o.Api("/conclude"), Harmless: false),
        new("GET", "/api/briefings/{id}/events", [.. Staff, .. Press], o => o.Api("/events")),
        new("POST", "/api/briefings/{id}/turns/", ["stenographer"], o => o.Api("/turns"), new { speaker = "nobody" }, AllowedStatus: [409]),
        new("POST", "/api/briefings/{id}/turns/{turn}/paragraphs", ["stenographer"], o => o.Api("/turns/2/paragraphs"), new { text = "" }, AllowedStatus: [409]),
        new("POST", "/api/briefings/{id}/turns/{turn}/paragraphs/{paragraph}/corrections", ["stenographer"], o => o.Api("/turns/2/paragraphs/1/corrections"), new { start = -1, length = 0, replacement = "" }, AllowedStatus: [409]),
        new("GET", "/api/briefings/{id}/queue", [.. Staff, .. Press], o => o.Api("/queue")),
        new("POST", "/api/briefings/{id}/queue", Press, o => o.Api("/queue"), Harmless: false),
        new("DELETE", "/api/briefings/{id}/queue", Press, o => o.Api("/queue"), Harmless: false),
        new("POST", "/api/briefings/{id}/queue/{entry}/move", ["moderator"], o => o.Api("/queue/nope/move"), new { toIndex = 0 }, AllowedStatus: [409]),
        new("DELETE", "/api/briefings/{id}/queue/{entry}", ["moderator"], o => o.Api("/queue/nope"), AllowedStatus: [409]),
        new("POST", "/api/briefings/{id}/line", ["operator"], o => o.Api("/line"), new { entryId = "nope" }, AllowedStatus: [409]),
        new("DELETE", "/api/briefings/{id}/line", ["operator"], o => o.Api("/line"), Harmless: false),
        new("POST", "/api/briefings/{id}/lines/mute", ["moderator"], o => o.Api("/lines/mute"), Harmless: false),
        new("DELETE", "/api/briefings/{id}/lines/mute", ["moderator"], o => o.Api("/lines/mute"), AllowedStatus: [409]),
        new("GET", "/api/briefings/{id}/publication", Staff, o => o.Api("/publication")),
        // The publisher's review list quotes the protected words it replaces: staff only, before and after publication.
        new("GET", "/api/briefings/{id}/publication/changes", Staff, o => o.Api("/publication/changes")),
        new("GET", "/api/media", Staff, _ => "/api/media"),
        // The call's recording is staff's alone: no reporter, admitted or not, and nobody signed out gets a byte of it.
        new("GET", "/api/briefings/{id}/recording/", Staff, o => o.Api("/recording"), AllowedStatus: [404]),
        new("GET", "/api/briefings/{id}/recording/last", Staff, o => o.Api("/recording/last?seconds=10"), AllowedStatus: [404]),
        new("GET", "/api/briefings/{id}/recording/status", Staff, o => o.Api("/recording/status")),
        new("GET", "/api/briefings/{id}/recording/captions.vtt", Staff, o => o.Api("/recording/captions.vtt"), AllowedStatus: [404]),
        new("POST", "/api/briefings/{id}/audio/", [.. Staff, .. Press], o => o.Api("/audio"), new { }, AllowedStatus: [400]),
        new("DELETE", "/api/briefings/{id}/audio/", [.. Staff, .. Press], o => o.Api("/audio")),
        new("GET", "/api/briefings/{id}/audio/participants", Staff, o => o.Api("/audio/participants")),
        new("GET", "/api/briefings/{id}/audio/speakers", Staff, o => o.Api("/audio/speakers")),
        new("POST", "/api/briefings/{id}/approve", ["publisher"], o => o.Api("/approve"), AllowedStatus: [409]),
        new("POST", "/api/briefings/{id}/publish", ["publisher"], o => o.Api("/publish"), AllowedStatus: [200, 409]),
        Page("GET", "/", Anyone, _ => "/", [302]),
        Page("GET", "/sign-in", Anyone, _ => "/sign-in"),
        Page("POST", "/sign-in", Anyone, _ => "/sign-in"),
        Page("POST", "/sign-out", Anyone, _ => "/sign-out"),
        Page("GET", "/account/password", SignedIn, _ => "/account/password"),
        Page("POST", "/account/password", SignedIn, _ => "/account/password"),
        Page("GET", "/register", Anyone, _ => "/register"),
        Page("POST", "/register", Anyone, _ => "/register"),
        Page("GET", Pages.ErrorPages.Pattern, Anyone, _ => "/no/such/page", [404]),
        Page("HEAD", Pages.ErrorPages.Pattern, Anyone, _ => "/no/such/page", [404]),
        Page("GET", "/staff", Staff, _ => "/staff"),
        Page("POST", "/staff/reporters/{id:long}/verify", ["admin", "moderator"], _ => "/staff/reporters/999999/verify"),
        Page("POST", "/staff/accounts", ["admin"], _ => "/staff/accounts"),
        Page("GET", "/staff/briefings/new", ["admin", "moderator"], _ => "/staff/briefings/new"),
        Page("POST", "/staff/briefings/new", ["admin", "moderator"], _ => "/staff/briefings/new"),
        Page("GET", "/staff/briefings/{id:long}", Staff, o => $"/staff/briefings/{o.BriefingId}"),
        Page("POST", "/staff/briefings/{id:long}/open", ["moderator"], o => $"/staff/briefings/{o.BriefingId}/open"),
        Page("POST", "/staff/briefings/{id:long}/conclude", ["moderator"], o => $"/staff/briefings/{o.BriefingId}/conclude"),
        Page("POST", "/staff/briefings/{id:long}/queue/move", ["moderator"], o => $"/staff/briefings/{o.BriefingId}/queue/move"),
        Page("POST", "/staff/briefings/{id:long}/queue/remove", ["moderator"], o => $"/staff/briefings/{o.BriefingId}/queue/remove"),
        Page("POST", "/staff/briefings/{id:long}/line", ["operator"], o => $"/staff/briefings/{o.BriefingId}/line"),
        Page("POST", "/staff/briefings/{id:long}/line/close", ["operator"], o => $"/staff/briefings/{o.BriefingId}/line/close"),
        Page("POST", "/staff/briefings/{id:long}/lines/mute", ["moderator"], o => $"/staff/briefings/{o.BriefingId}/lines/mute"),
        Page("POST", "/staff/briefings/{id:long}/lines/unmute", ["moderator"], o => $"/staff/briefings/{o.BriefingId}/lines/unmute"),
        Page("POST", "/staff/briefings/{id:long}/turns", ["stenographer"], o => $"/staff/briefings/{o.BriefingId}/turns"),
        Page("POST", "/staff/briefings/{id:long}/paragraphs", ["stenographer"], o => $"/staff/briefings/{o.BriefingId}/paragraphs"),
        Page("POST", "/staff/briefings/{id:long}/corrections", ["stenographer"], o => $"/staff/briefings/{o.BriefingId}/corrections"),
        Page("POST", "/staff/briefings/{id:long}/approve", ["publisher"], o => $"/staff/briefings/{o.BriefingId}/approve"),
        Page("POST", "/staff/briefings/{id:long}/reporters", ["admin", "moderator"], o => $"/staff/briefings/{o.BriefingId}/reporters"),
        Page("POST", "/staff/briefings/{id:long}/reporters/remove", ["admin", "moderator"], o => $"/staff/briefings/{o.BriefingId}/reporters/remove"),
        Page("POST", "/staff/briefings/{id:long}/cancel", ["admin", "moderator"], o => $"/staff/briefings/{o.BriefingId}/cancel"),
        Page("GET", "/briefings", Reporters, _ => "/briefings"),
        Page("GET", "/briefings/{id:long}", Press, o => $"/briefings/{o.BriefingId}"),
        Page("POST", "/briefings/{id:long}/hand", Press, o => $"/briefings/{o.BriefingId}/hand"),
        Page("POST", "/briefings/{id:long}/hand/withdraw", Press, o => $"/briefings/{o.BriefingId}/hand/withdraw"),
        // The speaker's page: whoever holds the link gets it (the pass is the capability), and it names no call and no official.
        new("GET", "/briefings/{id:long}/speak", Anyone, o => o.Server.App.Services.GetRequiredService<SpeakerPasses>().LinkFor(o.BriefingId, "s1")),
        new("GET", "/api/search", Anyone, _ => "/api/search?q=" + Office.RemarkCanary.Replace("-", " ", StringComparison.Ordinal)),
        new("GET", "/archive/search", Anyone, _ => "/archive/search?q=" + Office.RemarkCanary.Replace("-", " ", StringComparison.Ordinal)),
        new("GET", "/archive/search.atom", Anyone, _ => "/archive/search.atom?q=" + Office.RemarkCanary.Replace("-", " ", StringComparison.Ordinal)),
        new("GET", "/archive/", Anyone, _ => "/archive/"),
        new("GET", "/archive/{id:long}/", Anyone, o => $"/archive/{o.ArchiveId}/", AllowedStatus: [200, 404]),
        new("GET", "/archive/{id:long}/questions", Anyone, o => $"/archive/{o.ArchiveId}/questions", AllowedStatus: [200, 404]),
        new("GET", "/archive/{id:long}/transcript.{extension}", Anyone, o => $"/archive/{o.ArchiveId}/transcript.csv", AllowedStatus: [200, 404]),
        new("GET", "/archive/published/{section}/{year}/{month}/{day}/{slug}/{view?}", Anyone, o => BriefingRoom.Publishing.PublicPaths.ArchiveCopy(o.PublicPath ?? ExpectedPath), AllowedStatus: [200, 302, 404]),
        new("GET", "/archive/export.csv", Anyone, _ => "/archive/export.csv"),
        new("GET", "/archive/export.zip", Anyone, _ => "/archive/export.zip?format=md"),
        new("GET", "/briefing-room/", Anyone, _ => "/briefing-room/"),
        new("GET", "/briefing-room/feed.rss", Anyone, _ => "/briefing-room/feed.rss"),
        new("GET", "/briefing-room/feed.atom", Anyone, _ => "/briefing-room/feed.atom"),
        new("GET", "/briefing-room/{section}/{year}/{month}/{day}/{slug}/{file?}", Anyone, o => o.PublicPath ?? ExpectedPath, AllowedStatus: [200, 404]),
    ];

    private const string ExpectedPath = "/briefing-room/press-briefings/2026/11/24/background-press-call-by-a-senior-administration-official-on-canaries/";

    [SkippableFact]
    public async Task Every_route_is_in_the_matrix()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        var routes = ((IEndpointRouteBuilder)office.Server.App).DataSources
            .SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        var covered = Routes.Select(r => $"{r.Method} {r.Pattern}").ToHashSet();
        Assert.Empty(routes.Except(covered).Order());
        Assert.Empty(covered.Except(routes).Order());
    }

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Each_person_gets_what_their_role_allows_and_nothing_embargoed(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync(conclude: false);
        var failures = new List<string>();
        await SweepAsync(office, lifted: false, failures);

        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        var status = await Eventually.ThatAsync(() => office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication")),
            s => s.GetProperty("state").GetString() == "published", "publication");
        office.PublicPath = status.GetProperty("path").GetString();
        await using (var db = office.Database.Choice.CreateContext())
        {
            office.ArchiveId = await db.ArchiveDocuments.Select(d => d.Id).SingleAsync();
        }
        await SweepAsync(office, lifted: true, failures);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task SweepAsync(Office office, bool lifted, List<string> failures)
    {
        foreach (var route in Routes)
        {
            foreach (var who in Office.Everyone)
            {
                var allowed = route.Allowed.Contains(who);
                if (allowed && !route.Harmless)
                {
                    continue;
                }
                var (status, body) = await CallAsync(office, route, who);
                var where = $"{(lifted ? "after" : "before")} the lift, {who} {route.Method} {route.Pattern}: {status}";
                if (allowed && (status is 401 or 403 || (route.AllowedStatus is { } expected ? !expected.Contains(status) : status is not (200 or 201 or 204))))
                {
                    failures.Add($"{where}, but they may call it");
                }
                var refusedAnonymous = route.Page ? status == 302 && body.Contains("/sign-in", StringComparison.Ordinal) : status == 401;
                if (!allowed && !(who == "anonymous" ? refusedAnonymous : status is 403 or 404))
                {
                    failures.Add($"{where}, but they may not call it");
                }
                foreach (var canary in Forbidden(who, lifted))
                {
                    if (body.Contains(canary, StringComparison.OrdinalIgnoreCase))
                    {
                        failures.Add($"{where}: the answer contains \"{canary}\"");
                    }
                }
            }
        }
    }

    // Staff see everything; the press never see the official's name (the rules do not disclose it); everyone else
    // sees nothing of the call before the lift, and never the name.
    private static string[] Forbidden(string who, bool lifted) =>
        Staff.Contains(who) ? []
        : Press.Contains(who) || lifted ? ["Quillfeather", "Marguerite"]
        : ["Quillfeather", "Marguerite", Office.RemarkCanary, "Canaries"];

    private static async Task<(int Status, string Body)> CallAsync(Office office, Route route, string who)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method == "*" ? "GET" : route.Method), route.Path(office));
        if (route.Body is not null)
        {
            request.Content = JsonContent.Create(route.Body);
        }
        else if (route.Page && route.Method == "POST")
        {
            request.Content = new FormUrlEncodedContent([]);
        }
        if (route.Pattern.EndsWith("/events", StringComparison.Ordinal))
        {
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var stream = await office[who].SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            // A live stream never ends; its contents are the live tests' business, its door is this one's.
            return ((int)stream.StatusCode, stream.IsSuccessStatusCode ? "" : await stream.Content.ReadAsStringAsync());
        }
        using var response = await office[who].SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync() + response.Headers.Location);
    }
}
