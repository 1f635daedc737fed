using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// Writes a transcript as a standalone HTML5 page: an article with the title, dateline and times, a ground-rules
/// banner when stated, the preface apart, and each turn as a section of paragraphs. Every text and attribute value is escaped.
/// </summary>
public static class HtmlWriter
{
    public static string Write(Transcript t) => TextOutput.Capture(t, Write);

    public static void Write(Transcript t, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(output);
        WriteHead(output, t.Metadata);
        output.Write("<body>\n");
        WriteArticle(t, output);
        output.Write("</body>\n</html>\n");
    }

    /// <summary>
    /// The transcript's <c>&lt;article&gt;</c> alone, for pages that put their own document around it; a page's
    /// <paramref name="facts"/> end the header in place of the date and start lines.
    /// </summary>
    internal static void WriteArticle(Transcript t, TextWriter output, Action<TextWriter>? facts = null)
    {
        output.Write("<article class=\"transcript\">\n");
        WriteHeader(output, t, facts);
        WriteGroundRules(output, t.GroundRules);
        WritePreface(output, t.Preface);
        foreach (var turn in t.Turns)
        {
            WriteTurn(output, turn);
        }
        WriteTime(output, "end", t.End);
        output.Write("</article>\n");
    }

    private static void WriteHead(TextWriter output, Metadata m)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlEscape.Text(output, m.Title is null ? "Transcript" : InlineText.Flatten(m.Title));
        output.Write("</title>\n");
        if (m.Url is not null)
        {
            output.Write("<link rel=\"canonical\" href=\"");
            HtmlEscape.Attribute(output, m.Url);
            output.Write("\">\n");
        }
        if (m.Tags.Count > 0)
        {
            output.Write("<meta name=\"keywords\" content=\"");
            HtmlEscape.Attribute(output, string.Join(", ", m.Tags));
            output.Write("\">\n");
        }
        output.Write("<style>\n");
        output.Write(HtmlStyle.Css);
        output.Write("\n</style>\n</head>\n");
    }

    private static void WriteHeader(TextWriter output, Transcript t, Action<TextWriter>? facts)
    {
        var m = t.Metadata;
        if (facts is null && m.Title is null && m.Date is null && m.Published is null && t.Dateline is null && t.Start is null)
        {
            return;
        }
        output.Write("<header>\n");
        if (m.Title is not null)
        {
            output.Write("<h1>");
            HtmlEscape.Text(output, m.Title);
            output.Write("</h1>\n");
        }
        if (facts is null && (m.Date ?? (m.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null)) is { } day)
        {
            output.Write("<p class=\"date\"><time datetime=\"");
            output.Write(m.Published is { } published ? DateFormats.Instant(published) : DateFormats.Date(day));
            output.Write("\">");
            output.Write(DateFormats.Spelled(day));
            output.Write("</time></p>\n");
        }
        if (t.Dateline is not null)
        {
            output.Write("<p class=\"dateline\">");
            HtmlEscape.Text(output, t.Dateline);
            output.Write("</p>\n");
        }
        if (facts is null)
        {
            WriteTime(output, "start", t.Start);
        }
        else
        {
            facts(output);
        }
        output.Write("</header>\n");
    }

    private static void WriteTime(TextWriter output, string which, TimeMark? mark)
    {
        if (mark is null)
        {
            return;
        }
        output.Write("<p class=\"time ");
        output.Write(which);
        output.Write("\"><time");
        if (mark.Time is { } time)
        {
            output.Write(" datetime=\"");
            output.Write(DateFormats.Time(time));
            output.Write('"');
        }
        output.Write('>');
        HtmlEscape.Text(output, InlineText.Flatten(mark.Text));
        output.Write("</time></p>\n");
    }

    private static void WriteGroundRules(TextWriter output, GroundRules rules)
    {
        if (rules == GroundRules.NotStated)
        {
            return;
        }
        output.Write("<aside class=\"ground-rules\">\n<h2>Ground rules</h2>\n<dl>\n");
        Rule(output, "Attribution", GroundRulesText.Level(rules.Attribution));
        if (rules.Change is { } change)
        {
            Rule(output, "Questions", GroundRulesText.Level(change.Attribution));
        }
        if (rules.AttributedTo.Count > 0)
        {
            Rule(output, "Attributed to", GroundRulesText.Labels(rules.AttributedTo));
        }
        if (rules.Embargo is not null)
        {
            Rule(output, "Embargo", rules.Embargo);
        }
        if (rules.DisclosedForInformation)
        {
            Rule(output, "Speaker", GroundRulesText.Disclosed);
        }
        output.Write("</dl>\n</aside>\n");
    }

    private static void Rule(TextWriter output, string term, string value)
    {
        output.Write("<dt>");
        output.Write(term);
        output.Write("</dt><dd>");
        HtmlEscape.Text(output, value);
        output.Write("</dd>\n");
    }

    /// <summary>Text before the first speaker, set apart from the turns: no one's speech, so no speaker and no role.</summary>
    private static void WritePreface(TextWriter output, ValueList<Paragraph> preface)
    {
        if (preface.Count == 0)
        {
            return;
        }
        output.Write("<section class=\"preface\">\n");
        foreach (var paragraph in preface)
        {
            output.Write("<p>");
            HtmlInlines.Write(output, paragraph);
            output.Write("</p>\n");
        }
        output.Write("</section>\n");
    }

    private static void WriteTurn(TextWriter output, Turn turn)
    {
        output.Write("<section class=\"turn\" data-role=\"");
        output.Write(WireNames.Of(turn.Role));
        output.Write("\">\n");
        var first = true;
        foreach (var paragraph in turn.Paragraphs)
        {
            output.Write("<p>");
            if (first)
            {
                output.Write("<b class=\"speaker\">");
                HtmlEscape.Text(output, SpeakerText.Label(turn.Speaker));
                output.Write("</b> ");
            }
            first = false;
            HtmlInlines.Write(output, paragraph);
            output.Write("</p>\n");
        }
        output.Write("</section>\n");
    }
}
