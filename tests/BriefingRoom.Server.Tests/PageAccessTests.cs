using System.Net;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Every server-rendered page against everyone in the office: anonymous visitors are sent to sign in, the wrong role
/// gets a 403 page (a reporter not admitted to a briefing, a 404 page), the right role the page.
/// </summary>
public sealed class PageAccessTests
{
    static readonly string[] AllStaff = ["admin", "moderator", "operator", "stenographer", "publisher"];

    public static TheoryData<string> Pages() => ["/staff", "/staff/briefings/new", "/staff/briefings/{id}", "/briefings", "/briefings/{id}"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_answers_each_person_by_role(string page)
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        var path = page.Replace("{id}", office.BriefingId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        string[] allowed = page switch
        {
            "/staff" or "/staff/briefings/{id}" => AllStaff,
            "/staff/briefings/new" => ["admin", "moderator"],
            "/briefings" => ["reporterA", "reporterB", "outsider", "unverified"],
            _ => ["reporterA", "reporterB"],
        };
        foreach (var who in Office.Everyone)
        {
            var response = await office[who].GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            var expected = who == "anonymous" ? HttpStatusCode.Redirect
                : allowed.Contains(who) ? HttpStatusCode.OK
                : page == "/briefings/{id}" && who == "outsider" ? HttpStatusCode.NotFound
                : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{who} GET {path}: {(int)response.StatusCode}, expected {(int)expected}");
            if (who == "anonymous")
            {
                Assert.Equal("/sign-in", new Uri(office.Server.Address, response.Headers.Location!).AbsolutePath);
            }
            else
            {
                Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_reporter_page_names_the_attribution_not_the_official_and_staff_see_the_name()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        await office.RunCallAsync(conclude: false);
        var press = await office["reporterA"].GetStringAsync($"/briefings/{office.BriefingId}");
        var staff = await office["stenographer"].GetStringAsync($"/staff/briefings/{office.BriefingId}");

        Assert.Contains("SENIOR ADMINISTRATION OFFICIAL", press, StringComparison.Ordinal);
        Assert.Contains(Office.RemarkCanary, press, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", press, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("MARGUERITE QUILLFEATHER", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_without_the_anti_forgery_token_are_refused_and_unknown_paths_get_a_page()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        var forged = await office["moderator"].PostAsync($"/staff/briefings/{office.BriefingId}/open", new FormUrlEncodedContent([]));
        var missing = await office["moderator"].GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.StartsWith("text/html", missing.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var state = await office["moderator"].GetStringAsync(office.Api());
        Assert.Contains("\"phase\":\"scheduled\"", state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_text_is_escaped_and_sign_in_returns_only_to_local_addresses()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        var client = office.Server.NewClient();
        var signIn = await client.GetStringAsync("/sign-in?returnUrl=//evil.example/");
        await client.PostAsync("/api/reporters", System.Net.Http.Json.JsonContent.Create(new { email = "x@news.example", name = "<script>alert(1)</script>", outlet = "O", password = Office.Password }));
        var staff = await office["admin"].GetStringAsync("/staff");

        Assert.DoesNotContain("evil.example", signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", staff, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)", staff, StringComparison.Ordinal);
    }
}
