using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BriefingRoom.Browser.Tests;

/// <summary>A one-form site on a real Kestrel at 127.0.0.1 on a free port, for the browser to drive.</summary>
public sealed class FormSite : IAsyncDisposable
{
    const string Form = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Ask a question</title></head>
        <body>
          <h1>Ask a question</h1>
          <form method="post" action="/">
            <label for="reporter">Reporter name</label>
            <input id="reporter" name="reporter" autocomplete="off">
            <button type="submit">Ask</button>
          </form>
        </body></html>
        """;

    readonly WebApplication app;

    FormSite(WebApplication app) => this.app = app;

    public Uri Address => new(app.Urls.Single());

    public static async Task<FormSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(Form, "text/html"));
        app.MapPost("/", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var reporter = WebUtility.HtmlEncode(form["reporter"].ToString());
            return Results.Content($"""<!doctype html><html lang="en"><body><p id="result">Question from {reporter}</p></body></html>""", "text/html");
        });
        await app.StartAsync();
        return new FormSite(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
