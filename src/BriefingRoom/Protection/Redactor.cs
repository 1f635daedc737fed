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
    /// <param name="changes">When given, receives every change made, place by place in transcript order (in text order within a paragraph), for the publisher's review.</param>
    public static Transcript Redact(Transcript transcript, ProtectedIdentities ids, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find, ICollection<RedactionChange>? changes = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(find);
        var text = new RedactedText(find) { Changes = changes };
        string? Field(RedactionPart part, string? value, string? key = null)
        {
            text.Place = new(part, 0, 0, "", "", key);
            return value is null ? null : part is RedactionPart.Url || key is not null && LooksLikeUrl(key, value) ? text.Url(value) : text.String(value);
        }
        var metadata = transcript.Metadata;
        return transcript with
        {
            Metadata = metadata with
            {
                Title = Field(RedactionPart.Title, metadata.Title),
                Url = Field(RedactionPart.Url, metadata.Url),
                Tags = new(metadata.Tags.Select(t => Field(RedactionPart.Tag, t)!)),
                Extra = new(metadata.Extra.Select(f => f with { Value = Field(RedactionPart.Field, f.Value, f.Key)! })),
            },
            Dateline = Field(RedactionPart.Dateline, transcript.Dateline),
            GroundRules = transcript.GroundRules with { AttributedTo = new(transcript.GroundRules.AttributedTo.Select(a => Field(RedactionPart.Attribution, a)!)) },
            // The preface is published as the turns are, so it is redacted as they are.
            Preface = new(ParagraphSeams.Redact([.. transcript.Preface.Select((p, i) => RedactParagraph(p, find, text, Preface(i)))], text, Preface)),
            Turns = new(transcript.Turns.Select((turn, i) => RedactTurn(turn, i + 1, ids, find, text))),
        };
    }

    private static RedactionChange Preface(int i) => new(RedactionPart.Preface, 0, i + 1, "", "");

    private static Turn RedactTurn(Turn turn, int number, ProtectedIdentities ids, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find, RedactedText text)
    {
        RedactionChange Place(int i) => new(RedactionPart.Paragraph, number, i + 1, "", "");
        var paragraphs = new ValueList<Paragraph>(ParagraphSeams.Redact([.. turn.Paragraphs.Select((p, i) => RedactParagraph(p, find, text, Place(i)))], text, Place));
        var speaker = SpeakerNamed(turn.Speaker, ids, find, out var matches);
        if (speaker is null && matches.Count > 0)
        {
            // A label made of redact phrases (SITUATION ROOM OPERATOR) keeps the role it states, else the turn's.
            var label = RoleLabel(turn.Speaker, matches, turn.Role);
            text.Place = new(RedactionPart.Label, number, 0, "", "");
            text.Changed(turn.Speaker, label);
            return turn with { Speaker = label, Role = SpeakerLabels.RoleOf(label), Paragraphs = paragraphs };
        }
        if (speaker is null || speaker.Label == turn.Speaker)
        {
            return turn with { Paragraphs = paragraphs };
        }
        text.Place = new(RedactionPart.Label, number, 0, "", "");
        text.Changed(turn.Speaker, speaker.Label);
        // Staff such as the moderator keep their role; anyone else protected speaks as an official.
        var role = SpeakerLabels.RoleOf(speaker.Label) is SpeakerRole.Moderator or SpeakerRole.Operator ? SpeakerLabels.RoleOf(speaker.Label) : SpeakerRole.Official;
        return turn with { Speaker = speaker.Label, Role = role, Paragraphs = paragraphs };
    }

    /// <summary>
    /// A label without its redact phrases: the words left when they still read as a label (<c>OPERATOR</c>), or else the
    /// label of the turn's role (<c>SITUATION ROOM:</c> spoken as the operator is <c>OPERATOR</c>; as anyone else, <c>SPEAKER</c>).
    /// </summary>
    private static string RoleLabel(string label, IReadOnlyList<IdentityMatch> phrases, SpeakerRole role)
    {
        var rest = new System.Text.StringBuilder(label.Length);
        var at = 0;
        foreach (var m in phrases.OrderBy(m => m.Start))
        {
            rest.Append(label, at, Math.Max(0, m.Start - at)).Append(' ');
            at = Math.Max(at, m.End);
        }
        rest.Append(label, at, label.Length - at);
        var words = rest.ToString().Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => w.Equals("THE", StringComparison.OrdinalIgnoreCase)).ToArray();
        var left = string.Join(' ', words).Trim(' ', ',', '-', '–', '—', '/', '&');
        if (left.Any(char.IsLetter) && SpeakerLabels.TryMatch(left + ":", out var match, LabelEvidence.AnyWord) && match.Label == left)
        {
            return left;
        }
        return role switch
        {
            SpeakerRole.Operator => "OPERATOR",
            SpeakerRole.Moderator => "MODERATOR",
            SpeakerRole.Reporter => "Q",
            SpeakerRole.Official => "OFFICIAL",
            _ => "SPEAKER",
        };
    }

    /// <summary>The protected person a label names: a name or alias with or without a courtesy title, or any mention the finder sees in it.</summary>
    /// <param name="phrases">When no one is named: the redact phrases the finder sees in the label, if any.</param>
    private static ProtectedSpeaker? SpeakerNamed(string label, ProtectedIdentities ids, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find, out IReadOnlyList<IdentityMatch> phrases)
    {
        phrases = [];
        var bare = WithoutTitle(label);
        var named = ids.Speakers.FirstOrDefault(s => s.Identifiers.Any(i => i.Equals(label, StringComparison.OrdinalIgnoreCase) || i.Equals(bare, StringComparison.OrdinalIgnoreCase)));
        if (named is not null)
        {
            return named;
        }
        var matches = find(label, TextKind.Plain);
        phrases = matches;
        return matches.Select(m => m.Speaker).FirstOrDefault(s => s is not null);
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

    private static Paragraph RedactParagraph(Paragraph paragraph, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find, RedactedText text, RedactionChange place)
    {
        text.Before = '\0';
        text.Place = place;
        // Names as the leak check reads the whole paragraph first (across inlines), then what each inline holds on its own.
        var corrected = InlineMentions.Redact(paragraph.Inlines, find, text);
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
                case Link l when !text.Mentions(l.Url): result.Add(l with { Content = new(RedactInlines(l.Content, text)) }); break;
                case Link l:
                    text.Changed(l.Url, "(link address removed)");
                    result.AddRange(RedactInlines(l.Content, text));
                    break;
                case RawHtml h when !text.Mentions(h.Html): result.Add(h); break;
                case RawHtml h: text.Changed(h.Html, "(markup removed)"); break;
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

    private static bool LooksLikeUrl(string key, string value) =>
        key.Contains("url", StringComparison.OrdinalIgnoreCase) || key.Contains("link", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || key.Contains("slug", StringComparison.OrdinalIgnoreCase);
}
