using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

/// <summary>
/// The briefing as a <see cref="Transcript"/> for one audience. Not redacted: publishing runs the redactor with
/// the plan's protected identities over the staff transcript and then the leak check.
/// </summary>
public static class BriefingTranscript
{
    /// <summary>
    /// The transcript so far; with <paramref name="timesFrom"/> (the start of the call's recording) each turn carries its
    /// offset from that instant, a turn started before it counting from zero.
    /// </summary>
    public static Transcript ToTranscript(BriefingState state, Audience audience, DateTimeOffset? timesFrom = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var plan = state.Plan ?? throw new InvalidOperationException("an unscheduled briefing has no transcript");
        var zone = plan.Zone;
        var turns = state.Turns
            .Where(t => t.Paragraphs.Count > 0)
            .Select(t => ToTurn(t, plan, audience) with { Offset = timesFrom is { } zero ? OffsetOf(t, zero) : null });
        return new Transcript(
            new Metadata(
                Title: plan.Title,
                Date: BriefingTimes.LocalDate(state.OpenedAt ?? plan.StartsAt, zone),
                Tags: [plan.Section]),
            plan.Location,
            state.OpenedAt is { } opened ? BriefingTimes.Mark(opened, zone) : null,
            state.ConcludedAt is { } concluded ? BriefingTimes.Mark(concluded, zone) : null,
            new GroundRules(plan.Rules.Attribution, plan.AttributedTo(), plan.EmbargoText(), plan.Rules.DisclosedForInformation),
            new(turns));
    }

    /// <summary>When the turn began, counted from <paramref name="zero"/> to the millisecond; never before it.</summary>
    public static TimeSpan OffsetOf(LiveTurn turn, DateTimeOffset zero)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var offset = turn.StartedAt - zero;
        return offset > TimeSpan.Zero ? TimeSpan.FromMilliseconds(Math.Floor(offset.TotalMilliseconds)) : TimeSpan.Zero;
    }

    /// <summary>One turn as <paramref name="audience"/> sees it: its label under the rules, its paragraphs with corrections shown.</summary>
    public static Turn ToTurn(LiveTurn turn, BriefingPlan plan, Audience audience)
    {
        var (label, role) = turn.Speaker switch
        {
            BriefingSpeakers.Moderator => ("MODERATOR", SpeakerRole.Moderator),
            BriefingSpeakers.Operator => ("OPERATOR", SpeakerRole.Operator),
            BriefingSpeakers.Reporter => ("Q", SpeakerRole.Reporter),
            _ => SpeakerLabel(plan, plan.Speaker(turn.Speaker)!, audience),
        };
        return new Turn(label, role, new(turn.Paragraphs.Select(ToParagraph)));
    }

    /// <summary>On the record a speaker is named; otherwise staff see the name and everyone else the attribution.</summary>
    private static (string, SpeakerRole) SpeakerLabel(BriefingPlan plan, PlanSpeaker speaker, Audience audience) =>
        !plan.Rules.ProtectsSpeakers ? (speaker.Name.Trim().ToUpperInvariant(), SpeakerRole.Named)
        : audience == Audience.Staff ? (speaker.Name.Trim().ToUpperInvariant(), SpeakerRole.Official)
        : (speaker.Label, SpeakerRole.Official);

    /// <summary>The typed text with each correction shown as the words struck out followed by the words put in.</summary>
    public static Paragraph ToParagraph(LiveParagraph paragraph)
    {
        var text = paragraph.Text;
        var inlines = new List<Inline>();
        var at = 0;
        foreach (var c in paragraph.Corrections)
        {
            inlines.Add(new TextRun(text[at..c.Start]));
            if (c.Length > 0)
            {
                inlines.Add(new Deletion(text.Substring(c.Start, c.Length)));
            }
            if (c.Replacement.Length > 0)
            {
                // An insertion stands apart from the words around it, as "\[until\]" does in the seeds.
                var joinsBefore = c.Length == 0 && (c.Start == 0 || char.IsWhiteSpace(text[c.Start - 1]));
                inlines.Add(new TextRun(joinsBefore ? "" : " "));
                inlines.Add(new Insertion(c.Replacement));
                if (c.Length == 0 && c.Start < text.Length && char.IsLetterOrDigit(text[c.Start]))
                {
                    inlines.Add(new TextRun(" "));
                }
            }
            at = c.Start + c.Length;
        }
        inlines.Add(new TextRun(text[at..]));
        return new Paragraph(InlineText.Normalize(inlines));
    }
}
