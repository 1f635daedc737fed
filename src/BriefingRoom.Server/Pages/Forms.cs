using BriefingRoom.Server.Live;

namespace BriefingRoom.Server.Pages;

/// <summary>How a form endpoint answers after running a hub command: back to the page it came from (POST-redirect-GET), with the refusal as a notice.</summary>
public static class Forms
{
    public static IResult After(HttpContext http, AppendOutcome? outcome, string back, string? done = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        // live.js posts some forms itself and shows a refusal beside the form: it asks for the JSON API's answer.
        if (http.Request.Headers.Accept.ToString().StartsWith("application/json", StringComparison.Ordinal))
        {
            return CommandResults.From(outcome);
        }
        if (outcome is null)
        {
            return Page.NotFound(http, "briefing with that id");
        }
        if (outcome.Rejection is { } rejection)
        {
            Notice.Set(http, rejection.Message);
        }
        else if (done is not null)
        {
            Notice.Set(http, done);
        }
        return Results.Redirect(back);
    }

    /// <summary>A form field as text, or null when absent or blank.</summary>
    public static string? Text(this IFormCollection form, string name)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString() : null;
    }

    public static int? Number(this IFormCollection form, string name) =>
        int.TryParse(form.Text(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
