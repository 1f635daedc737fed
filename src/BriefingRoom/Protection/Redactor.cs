using BriefingRoom.Transcripts;

namespace BriefingRoom.Protection;

/// <summary>
/// Makes a transcript attribution-safe: turns of a protected person take their label, mentions in running text
/// become their attribution (<c>[senior administration official]</c>), <c>redact</c> phrases become
/// <c>[redacted]</c>, and the title, slug, tags, dateline and every other field are redacted the same way.
/// </summary>
public static class Redactor
{
    private static readonly string[] LabelTitles = ["MR.", "MR", "MS.", "MS", "MRS.", "MRS", "DR.", "DR", "MISS"];

    /// <param name="find">Finds protected identifiers and <c>redact</c> phrases in a text (<c>IdentityMatcher.Find</c>).</param>
    public static Transcript Redact(Transcript transcript, ProtectedIdentities ids, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(find);
        var text = new RedactedText(find);
        string? Field(string? value) => value is null ? null : text.String(value);
        var metadata = transcript.Metadata;
        return transcript with
        {
            Metadata = metadata with
            {
                Title = Field(metadata.Title),
                Url = metadata.Url is null ? null : text.Url(metadata.Url),
                Tags = new(metadata.Tags.Select(text.String)),
                Extra = new(metadata.Extra.Select(f => f with { Value = LooksLikeUrl(f) ? text.Url(f.Value) : text.String(f.Value) })),
            },
            Dateline = Field(transcript.Dateline),
            GroundRules = transcript.GroundRules with { AttributedTo = new(transcript.GroundRules.AttributedTo.Select(text.String)) },
            // The preface is published as the turns are, so it is redacted as they are.
            Preface = new(transcript.Preface.Select(p => RedactParagraph(p, find, text))),
            Turns = new(transcript.Turns.Select(turn => RedactTurn(turn, ids, find, text))),
        };
    }

    private static Turn RedactTurn(Turn turn, ProtectedIdentities ids, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find, RedactedText text)
    {
        var paragraphs = new ValueList<Paragraph>(turn.Paragraphs.Select(p => RedactParagraph(p, find, text)));
        var speaker = SpeakerNamed(turn.Speaker, ids, find);
        if (speaker is null || speaker.Label == turn.Speaker)
        {
            return turn with { Paragraphs = paragraphs };
        }
        // Staff such as the moderator keep their role; anyone else protected speaks as an official.
        var role = SpeakerLabels.RoleOf(speaker.Label) is SpeakerRole.Moderator or SpeakerRole.Operator ? SpeakerLabels.RoleOf(speaker.Label) : SpeakerRole.Official;
        return turn with { Speaker = speaker.Label, Role = role, Paragraphs = paragraphs };
    }

    /// <summary>The protected person a label names: a name or alias with or without a courtesy title, or any mention the finder sees in it.</summary>
    private static ProtectedSpeaker? SpeakerNamed(string label, ProtectedIdentities ids, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find)
    {
        var bare = WithoutTitle(label);
        var named = ids.Speakers.FirstOrDefault(s => s.Identifiers.Any(i => i.Equals(label, StringComparison.OrdinalIgnoreCase) || i.Equals(bare, StringComparison.OrdinalIgnoreCase)));
        return named ?? find(label, TextKind.Plain).Select(m => m.Speaker).FirstOrDefault(s => s is not null);
    }

    private static string WithoutTitle(string label)
    {
        foreach (var title in LabelTitles)
        {
            if (label.StartsWith(title + " ", StringComparison.OrdinalIgnoreCase))
            {
                return label[(title.Length + 1)..].TrimStart();
            }
        }
        return label;
    }

    private static Paragraph RedactParagraph(Paragraph paragraph, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find, RedactedText text)
    {
        text.Before = '\0';
        // Names a correction makes or splits first, then every inline on its own.
        var corrected = CorrectionMentions.Redact(paragraph.Inlines, find, text);
        var inlines = InlineText.Normalize(RedactInlines(corrected, text));
        // Changed words invalidate the recorded wraps, which hold positions in the old text.
        return inlines == paragraph.Inlines ? paragraph : paragraph with { Inlines = inlines, Lines = null, Spelling = null };
    }

    private static List<Inline> RedactInlines(IEnumerable<Inline> inlines, RedactedText text)
    {
        var result = new List<Inline>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: result.AddRange(text.Inlines(t.Text)); break;
                case Emphasis e: result.Add(e with { Content = new(RedactInlines(e.Content, text)) }); break;
                // A link's words are redacted like any other; an address or a tag that names someone is dropped whole.
                case Link l when text.Printed(l.Url) == l.Url: result.Add(l with { Content = new(RedactInlines(l.Content, text)) }); break;
                case Link l: result.AddRange(RedactInlines(l.Content, text)); break;
                case RawHtml h when text.Printed(h.Html) == h.Html: result.Add(h); break;
                case RawHtml: break;
                case Insertion i: result.Add(RedactInsertion(i, text)); break;
                // Struck-out words are published too, so they are redacted like any other.
                case Deletion d: result.Add(new Deletion(text.Printed(d.Text))); break;
                case Note n: result.Add(n with { Text = text.Printed(n.Text) }); break;
                case Redaction or AttributionPlaceholder:
                    text.Before = ']';
                    result.Add(inline);
                    break;
                default: result.Add(inline); break;
            }
        }
        return result;
    }

    /// <summary>An insertion that is only a mention becomes the attribution itself; otherwise its words are redacted in place.</summary>
    private static Inline RedactInsertion(Insertion insertion, RedactedText text)
    {
        var printed = text.Printed(insertion.Text);
        var whole = InlineText.Classify(printed);
        return whole is [AttributionPlaceholder or Redaction] ? whole[0] : new Insertion(printed);
    }

    private static bool LooksLikeUrl(ExtraField field) =>
        field.Key.Contains("url", StringComparison.OrdinalIgnoreCase) || field.Key.Contains("link", StringComparison.OrdinalIgnoreCase) ||
        field.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || field.Key.Contains("slug", StringComparison.OrdinalIgnoreCase);
}
