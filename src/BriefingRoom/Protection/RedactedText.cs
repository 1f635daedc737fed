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
            result.Add(r.With is AttributionPlaceholder a && OpensSentence(text, r.Start) ? new AttributionPlaceholder(Capitalised(a.Text)) : r.With);
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
            sb.Append(inline switch
            {
                TextRun t => t.Text,
                AttributionPlaceholder a => $"[{a.Text}]",
                Redaction r => $"[{r.Text}]",
                _ => throw new InvalidOperationException($"unexpected {inline.GetType().Name}"),
            });
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
            sb.Append(url, at, r.Start - at).Append(r.With is AttributionPlaceholder a ? Slug.Of(a.Text) : "redacted");
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

    public static string Capitalised(string mention) =>
        mention.Length == 0 ? mention : char.ToUpper(mention[0], CultureInfo.InvariantCulture) + mention[1..];
}
