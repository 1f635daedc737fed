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

    /// <param name="title">The transcript's title: "Background Briefing by Senior Administration Officials" states the rules the text leaves unsaid.</param>
    public static GroundRules Detect(IReadOnlyList<Turn> turns, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var (opening, closingTurn) = Scopes(turns);
        var first = GroundRulesPhrases.Fold(opening);
        var last = GroundRulesPhrases.Fold(closingTurn is null ? "" : Reading(closingTurn.Paragraphs));

        var mentions = new[] { (first, false), (last, false), (first, true), (last, true) }
            .Select(scope => GroundRulesPhrases.Levels(scope.Item1, scope.Item2))
            .FirstOrDefault(found => found.Count > 0) ?? [];
        // The rule of the remarks is the first one not said of the questions; the questions may hold another.
        var main = mentions.FirstOrDefault(m => !m.Questions) ?? mentions.FirstOrDefault();
        var questions = main is null ? null : mentions.FirstOrDefault(m => m.Questions && m.Level != main.Level);
        var attribution = main?.Level ?? AttributionLevel.NotStated;
        var attributedTo = GroundRulesPhrases.AttributedTo(first) is { Count: > 0 } opened ? opened : GroundRulesPhrases.AttributedTo(last);
        var (titleLevel, titleLabel) = GroundRulesPhrases.FromTitle(title);
        // "It's attributable to a senior administration official" is what background means, the level unsaid; a name is not.
        if (attribution == AttributionLevel.NotStated && attributedTo.Any(l => l.Contains("official", StringComparison.OrdinalIgnoreCase)))
        {
            attribution = AttributionLevel.Background;
        }
        if (attribution == AttributionLevel.NotStated && titleLevel is { } fromTitle)
        {
            attribution = fromTitle;
        }
        if (attributedTo.Count == 0 && titleLabel is not null && (attribution == AttributionLevel.Background || questions?.Level == AttributionLevel.Background))
        {
            attributedTo = [titleLabel];
        }
        return new GroundRules(
            attribution,
            attributedTo,
            GroundRulesPhrases.Embargo(first) ?? GroundRulesPhrases.Embargo(last),
            GroundRulesPhrases.Disclosed(first) || GroundRulesPhrases.Disclosed(last),
            questions is null ? null : new GroundRulesChange(questions.Level, QuestionsFrom(turns)));
    }

    /// <summary>The first turn of the questions after the first speaker's remarks: the moderator's turn right before the first question, else that question.</summary>
    private static int? QuestionsFrom(IReadOnlyList<Turn> turns)
    {
        var speakerAt = -1;
        for (var i = 0; i < turns.Count && speakerAt < 0; i++)
        {
            speakerAt = turns[i].Role is SpeakerRole.Official or SpeakerRole.Named ? i : -1;
        }
        for (var i = Math.Max(0, speakerAt + 1); i < turns.Count; i++)
        {
            if (turns[i].Role == SpeakerRole.Reporter)
            {
                return i - 1 > speakerAt && turns[i - 1].Role is SpeakerRole.Moderator or SpeakerRole.Operator ? i - 1 : i;
            }
        }
        return null;
    }

    /// <summary>
    /// The opening: every turn but the reporters' before the first official speaker (or, with none near the start,
    /// the first named one) plus that speaker's first paragraphs (officials sometimes state the rules themselves); and
    /// the last moderator turn after it. A press aide named in the label who opens for an official is read whole.
    /// </summary>
    private static (string Opening, Turn? Closing) Scopes(IReadOnlyList<Turn> turns)
    {
        var paragraphs = new List<Paragraph>();
        var speakerAt = -1;
        var officialNear = turns.Take(MaxTurnsBeforeSpeaker + 1).Any(t => t.Role == SpeakerRole.Official);
        for (var i = 0; i < turns.Count && i <= MaxTurnsBeforeSpeaker; i++)
        {
            if (turns[i].Role == SpeakerRole.Reporter)
            {
                continue;
            }
            if (turns[i].Role == SpeakerRole.Official || (turns[i].Role == SpeakerRole.Named && !officialNear))
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
