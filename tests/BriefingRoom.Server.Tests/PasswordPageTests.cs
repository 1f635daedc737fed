using System.Net;
using System.Text.RegularExpressions;

namespace BriefingRoom.Server.Tests;

/// <summary>Changing one's password from the page the first-run message points to.</summary>
public sealed partial class PasswordPageTests
{
    [SkippableFact]
    public async Task A_wrong_current_password_is_refused_at_its_field_and_a_right_one_changes_it()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        var admin = office["admin"];

        var refused = await PostFormAsync(admin, "/account/password", ("current", "not-the-password"), ("new", "a-brand-new-password"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The current password is not right.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var short_ = await PostFormAsync(admin, "/account/password", ("current", office.Server.AdminPassword), ("new", "short"));
        Assert.Contains("at least 12 characters", await short_.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await PostFormAsync(admin, "/account/password", ("current", office.Server.AdminPassword), ("new", "a-brand-new-password"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await office.Server.SignInAsync("admin@localhost", "a-brand-new-password");
        await Assert.ThrowsAsync<InvalidOperationException>(() => office.Server.SignInAsync("admin@localhost", office.Server.AdminPassword));
    }

    // Posts a page's form as a browser does: with the anti-forgery token the form carries and the cookie that goes with it.
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var page = await client.GetStringAsync(path);
        var token = TokenPattern().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"{path} has no anti-forgery token");
        var form = new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(path, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
