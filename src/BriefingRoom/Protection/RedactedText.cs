using System.Globalization;
using System.Text;
using BriefingRoom.Formats;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Protection;

/// <summary>
/// Applies a <see cref="MentionPlan"/> to one text: as inlines for running text, or as a string for metadata and
/// slugs. Tracks the last printed character so an attribution that opens a sentence is capitalised.
/// </summary>
internal sealed class RedactedText(Func<string, TextKind, IReadOnlyList<IdentityMatch>> find)
{
    /// <summary>The last non-blank character written in the current paragraph; '\0' at its start.</summary>
    public char Before { get; set; }

    /// <summary>Where each replacement is recorded, when the caller asked for the list.</summary>
    public ICollection<RedactionChange>? Changes { get; init; }

    /// <summary>The place the next replacements are in (its part, turn and paragraph), as recorded in <see cref="Changes"/>.</summary>
    public RedactionChange Place { get; set; } = new(RedactionPart.Title, 0, 0, "", "");

    /// <summary>Records that <paramref name="replaced"/> became <paramref name="with"/> at the current place.</summary>
    public void Changed(string replaced, string with) => Changes?.Add(Place with { Replaced = replaced, With = with });

    /// <summary>What replaces the mentions in a text read as plain text.</summary>
    public List<Replacement> Plan(string text) => MentionPlan.Of(text, find(text, TextKind.Plain));

    /// <summary>True when the text mentions a protected identity or a <c>redact</c> phrase.</summary>
    public bool Mentions(string text) => Plan(text).Count > 0;

    /// <summary>The text as inlines, protected mentions replaced; <see cref="Before"/> moves past it.</summary>
    public List<Inline> Inlines(string text)
    {
        var result = new List<Inline>();
        var at = 0;
        foreach (var r in MentionPlan.Of(text, find(text, TextKind.Plain)))
        {
            if (r.Start > at)
            {
                result.Add(new TextRun(text[at..r.Start]));
            }
            var with = r.With is AttributionPlaceholder a && OpensSentence(text, r.Start) ? new AttributionPlaceholder(Capitalised(a.Text)) : r.With;
            result.Add(with);
            Changed(text[r.Start..r.End], Bracketed(with));
            at = r.End;
        }
        if (at < text.Length)
        {
            result.Add(new TextRun(text[at..]));
        }
        Before = LastNonBlank(text) ?? Before;
        return result;
    }

    /// <summary>The text with mentions printed in brackets (<c>[senior administration official]</c>), for titles, tags and fields.</summary>
    public string String(string text)
    {
        Before = '\0';
        return Printed(text);
    }

    /// <summary>The text with mentions printed in brackets, read in the current sentence without moving it (a deletion's words).</summary>
    public string Printed(string text)
    {
        var before = Before;
        var sb = new StringBuilder(text.Length);
        foreach (var inline in Inlines(text))
        {
            sb.Append(inline is TextRun t ? t.Text : Bracketed(inline));
        }
        Before = before;
        return sb.ToString();
    }

    /// <summary>A URL or slug with each mention's words replaced by its hyphenated mention, or <c>redacted</c>.</summary>
    public string Url(string url)
    {
        var sb = new StringBuilder(url.Length);
        var at = 0;
        foreach (var r in MentionPlan.Of(url, find(url, TextKind.Url)))
        {
            var with = r.With is AttributionPlaceholder a ? Slug.Of(a.Text) : "redacted";
            sb.Append(url, at, r.Start - at).Append(with);
            Changed(url[r.Start..r.End], with);
            at = r.End;
        }
        return sb.Append(url, at, url.Length - at).ToString();
    }

    /// <summary>True at the start of a paragraph or after a sentence's end (<c>. ? !</c> and blanks).</summary>
    public bool OpensSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (InlineText.IsBlank(text[i]) || text[i] == '\n'))
        {
            i--;
        }
        var c = i >= 0 ? text[i] : Before;
        return c is '\0' or '.' or '?' or '!';
    }

    private static char? LastNonBlank(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!InlineText.IsBlank(text[i]) && text[i] != '\n')
            {
                return text[i];
            }
        }
        return null;
    }

    /// <summary>A placeholder as printed in running text: <c>[senior administration official]</c>, <c>[redacted]</c>.</summary>
    public static string Bracketed(Inline placeholder) => placeholder switch
    {
        AttributionPlaceholder a => $"[{a.Text}]",
        Redaction r => $"[{r.Text}]",
        _ => throw new InvalidOperationException($"unexpected {placeholder.GetType().Name}"),
    };

    public static string Capitalised(string mention) =>
        mention.Length == 0 ? mention : char.ToUpper(mention[0], CultureInfo.InvariantCulture) + mention[1..];
}
