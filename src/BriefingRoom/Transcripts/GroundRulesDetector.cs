using System.Text;

namespace BriefingRoom.Transcripts;

/// <summary>
/// Finds the ground rules a moderator states at the opening of a call (attribution level, the label remarks are
/// attributed to, the embargo, the "for your information only" disclosure), falling back to the closing
/// moderator turn, where the rules are usually repeated, for anything the opening does not say.
/// </summary>
public static class GroundRulesDetector
{
    private const int MaxTurnsBeforeSpeaker = 6;
    private const int SpeakerParagraphs = 3;
    private const int TurnsWithoutSpeaker = 4;

    // Bounds the text scanned so a hostile transcript costs bounded time; rules are stated in a few sentences.
    private const int MaxScopeChars = 16 * 1024;

    public static GroundRules Detect(IReadOnlyList<Turn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var (opening, closingTurn) = Scopes(turns);
        var first = GroundRulesPhrases.Fold(opening);
        var last = GroundRulesPhrases.Fold(closingTurn is null ? "" : Reading(closingTurn.Paragraphs));

        var attribution = GroundRulesPhrases.Level(first, weak: false)
            ?? GroundRulesPhrases.Level(last, weak: false)
            ?? GroundRulesPhrases.Level(first, weak: true)
            ?? GroundRulesPhrases.Level(last, weak: true)
            ?? AttributionLevel.NotStated;
        var attributedTo = GroundRulesPhrases.AttributedTo(first) ?? GroundRulesPhrases.AttributedTo(last);
        // "It's attributable to a senior administration official" is what background means, the level unsaid; a name is not.
        if (attribution == AttributionLevel.NotStated && attributedTo is not null && attributedTo.Contains("official", StringComparison.OrdinalIgnoreCase))
        {
            attribution = AttributionLevel.Background;
        }
        return new GroundRules(
            attribution,
            attributedTo,
            GroundRulesPhrases.Embargo(first) ?? GroundRulesPhrases.Embargo(last),
            GroundRulesPhrases.Disclosed(first) || GroundRulesPhrases.Disclosed(last));
    }

    /// <summary>
    /// The opening: every turn before the first official or named speaker plus that speaker's first paragraphs
    /// (officials sometimes state the rules themselves); and the last moderator turn after it.
    /// </summary>
    private static (string Opening, Turn? Closing) Scopes(IReadOnlyList<Turn> turns)
    {
        var paragraphs = new List<Paragraph>();
        var speakerAt = -1;
        for (var i = 0; i < turns.Count && i <= MaxTurnsBeforeSpeaker; i++)
        {
            if (turns[i].Role is SpeakerRole.Official or SpeakerRole.Named)
            {
                speakerAt = i;
                paragraphs.AddRange(turns[i].Paragraphs.Take(SpeakerParagraphs));
                break;
            }
            if (i < MaxTurnsBeforeSpeaker)
            {
                paragraphs.AddRange(turns[i].Paragraphs);
            }
        }
        if (speakerAt < 0)
        {
            paragraphs.Clear();
            paragraphs.AddRange(turns.Take(TurnsWithoutSpeaker).SelectMany(t => t.Paragraphs));
            speakerAt = Math.Min(turns.Count, TurnsWithoutSpeaker) - 1;
        }
        Turn? closing = null;
        for (var i = turns.Count - 1; i > speakerAt; i--)
        {
            if (turns[i].Role == SpeakerRole.Moderator)
            {
                closing = turns[i];
                break;
            }
        }
        return (Reading(paragraphs), closing);
    }

    /// <summary>
    /// Paragraphs as corrected: deletions left out, insertions read as words (<c>&lt;s&gt;upon&lt;/s&gt; [until]</c>
    /// reads "until"), one paragraph a line, at most <see cref="MaxScopeChars"/> characters.
    /// </summary>
    private static string Reading(IEnumerable<Paragraph> paragraphs)
    {
        var sb = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (sb.Length >= MaxScopeChars)
            {
                break;
            }
            var inlines = paragraph.Inlines.Select(i => i is Insertion insertion ? new TextRun(insertion.Text) : i);
            sb.Append(InlineText.Plain(inlines).Replace('\n', ' ')).Append('\n');
        }
        return sb.Length > MaxScopeChars ? sb.ToString(0, MaxScopeChars) : sb.ToString();
    }
}
