using System.Net;

namespace BriefingRoom.Server.Tests;

/// <summary>Changing one's password from the page the first-run message points to.</summary>
public sealed class PasswordPageTests
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

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, params (string Name, string Value)[] fields) =>
        PageForms.PostAsync(client, path, path, fields);
}
