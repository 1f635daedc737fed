using System.Net;
using System.Text.RegularExpressions;

namespace BriefingRoom.Server.Tests;

/// <summary>Posts a page's form as a browser does: with the anti-forgery token the page carries and the cookie that goes with it.</summary>
public static partial class PageForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(page);
        var token = TokenPattern().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"{page} has no anti-forgery token");
        var form = new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(action, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
