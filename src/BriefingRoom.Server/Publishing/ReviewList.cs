using System.Globalization;
using System.Text.Json;
using BriefingRoom.Briefings;
using BriefingRoom.Protection;
using BriefingRoom.Publishing;
using BriefingRoom.Server.Live;

namespace BriefingRoom.Server.Publishing;

/// <summary>
/// The publisher's review list at places in the staff transcript: every change the redactor makes (or made, for a
/// published version) and every self-identification. It holds the protected words, so it is for staff only.
/// </summary>
public sealed record ReviewList(IReadOnlyList<ReviewedChange> Changes, IReadOnlyList<ReviewedFinding> Findings)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What publishing the briefing now would change, from its current staff transcript and plan.</summary>
    public static ReviewList Preview(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Of(Publisher.Review(BriefingTranscript.ToTranscript(state, Audience.Staff), state.Plan!.ToProtectedIdentities()), state);
    }

    /// <summary>The review placed in <paramref name="state"/>: the transcript's turn n is the n-th live turn that has paragraphs.</summary>
    public static ReviewList Of(RedactionReview review, BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(state);
        var turns = state.Turns.Where(t => t.Paragraphs.Count > 0).ToList();
        var plan = state.Plan!;
        ReviewPlace Place(RedactionPart part, int turn, int paragraph, string? key)
        {
            if (part is not (RedactionPart.Paragraph or RedactionPart.Label) || turn < 1 || turn > turns.Count)
            {
                return new(part == RedactionPart.Attribution ? "ground rules' attribution" : RedactionReview.Where(part, turn, paragraph, key), null);
            }
            var live = turns[turn - 1];
            var turnKey = LiveFrames.TurnKey(state, live);
            var label = BriefingTranscript.ToTurn(live, plan, Audience.Staff).Speaker;
            // A label is shown in its turn's first paragraph, so that is where its link leads.
            var anchor = LiveFrames.ParagraphAnchor(turnKey, Math.Max(paragraph, 1));
            // Numbered turns are named as the transcript beside the list numbers them; a turn the queue made has no number.
            var where = (part, live.Id) switch
            {
                (RedactionPart.Label, null) => $"speaker of the {label} turn",
                (RedactionPart.Label, _) => $"speaker of turn {turnKey}",
                (_, null) => string.Create(CultureInfo.InvariantCulture, $"paragraph {paragraph} of the {label} turn"),
                _ => string.Create(CultureInfo.InvariantCulture, $"paragraph {turnKey}.{paragraph}"),
            };
            return new(where, anchor);
        }
        return new(
            [.. review.Changes.Select(c => ReviewedChange.At(Place(c.Part, c.Turn, c.Paragraph, c.Key), c.Replaced, c.With))],
            [.. review.Findings.Select(f => ReviewedFinding.At(Place(f.Part, f.Turn, f.Paragraph, null), f.Finding))]);
    }

    /// <summary>The list as stored with a published version.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A stored list; null for a version published before lists were kept.</summary>
    public static ReviewList? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<ReviewList>(json, Json);
}

/// <summary>Where in the staff transcript (in words) and the id of its paragraph there (<c>p-3-2</c>), null for a field.</summary>
public sealed record ReviewPlace(string Where, string? Anchor);

/// <summary>One change: where, the words replaced (staff only) and what replaced them.</summary>
public sealed record ReviewedChange(string Where, string? Anchor, string Replaced, string With)
{
    public static ReviewedChange At(ReviewPlace place, string replaced, string with) => new(place.Where, place.Anchor, replaced, with);
}

/// <summary>One self-identification to reword: where, the words that identify (staff only), and whose identifier they are.</summary>
public sealed record ReviewedFinding(string Where, string? Anchor, string Matched, string Identifier, string Label)
{
    public static ReviewedFinding At(ReviewPlace place, LeakFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(place.Where, place.Anchor, finding.Matched, finding.Identifier, finding.Label);
    }
}
