using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// The line under a transcript's title on every page a reader sees (public page and archive): when it began, in the
/// page's date format with the zone's abbreviation, its kind and its attribution level, all in words.
/// </summary>
/// <param name="Kind">A <see cref="TranscriptKinds"/> value.</param>
/// <param name="Attribution">An attribution level's wire name (<c>background</c>).</param>
public sealed record FactsLine(DateOnly? Date, TimeOnly? Time, string? Zone, string Kind, string Attribution)
{
    /// <summary>The facts of a transcript: its date, its start line's time and zone, the kind its title names, its ground rules' level.</summary>
    public static FactsLine Of(Transcript transcript, DateOnly? date, string title)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(title);
        return new FactsLine(date, transcript.Start?.Time, transcript.Start?.Zone, TranscriptKinds.Of(title),
            VocabularyLabels.WireName(transcript.GroundRules.Attribution));
    }

    /// <summary>When, as a page shows it: <c>Tuesday, March 3, 2026, 2:20 p.m. EST</c>, or "Undated".</summary>
    public string When => Date is { } d ? DateFormats.OnPage(d, Time, Zone) : "Undated";

    /// <param name="extra">One more fact at the end, such as where the copy came from.</param>
    public void Write(TextWriter output, string? extra = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write("<p class=\"meta facts\">");
        if (Date is { } d)
        {
            output.Write("<time datetime=\"");
            output.Write(Time is { } t ? DateFormats.LocalDateTime(d, t) : DateFormats.Date(d));
            output.Write("\">");
            HtmlEscape.Text(output, When);
            output.Write("</time>");
        }
        else
        {
            output.Write("<span>Undated</span>");
        }
        Fact(output, VocabularyLabels.Kind(Kind));
        Fact(output, VocabularyLabels.Attribution(Attribution));
        if (extra is not null)
        {
            Fact(output, extra);
        }
        output.Write("</p>\n");
    }

    public string Html(string? extra = null)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(output, extra);
        return output.ToString();
    }

    private static void Fact(TextWriter output, string text)
    {
        output.Write(" · <span>");
        HtmlEscape.Text(output, text);
        output.Write("</span>");
    }
}
