using System.Globalization;
using BriefingRoom.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Publishing;

/// <summary>
/// What a publisher reviews before a record goes public: every change the redactor made (<see cref="Changes"/>, in
/// transcript order) and every self-identification in the transcript it was given (<see cref="Findings"/>), which a
/// bracket alone does not hide. Both hold the protected words: staff only.
/// </summary>
public sealed record RedactionReview(IReadOnlyList<RedactionChange> Changes, IReadOnlyList<ReviewFinding> Findings)
{
    /// <summary>Redacts <paramref name="transcript"/> and lists what it changed and what a person should reword.</summary>
    public static (Transcript Redacted, RedactionReview Review) Redact(Transcript transcript, ProtectedIdentities ids, IdentityMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(matcher);
        var changes = new List<RedactionChange>();
        var redacted = Redactor.Redact(transcript, ids, matcher.Find, changes);
        return (redacted, new RedactionReview(changes, SelfIdentifications(transcript, matcher)));
    }

    /// <summary>One line per change and per finding, for the command line: <c>turn 2, paragraph 1: "Jake" → [Senior administration official]</c>.</summary>
    public IEnumerable<string> Lines() =>
        Changes.Select(c => $"{Where(c.Part, c.Turn, c.Paragraph, c.Key)}: \"{LeakFinding.OneLine(c.Replaced)}\" → {LeakFinding.OneLine(c.With)}")
            .Concat(Findings.Select(f => $"{Where(f.Part, f.Turn, f.Paragraph, null)}: review: \"{LeakFinding.OneLine(f.Finding.Matched)}\" identifies the speaker as {f.Finding.Identifier} of {f.Finding.Label}"));

    /// <summary>The place in words: <c>title</c>, <c>field summary</c>, <c>turn 3, label</c>, <c>turn 3, paragraph 2</c>, <c>preface, paragraph 1</c>.</summary>
    public static string Where(RedactionPart part, int turn, int paragraph, string? key) => part switch
    {
        RedactionPart.Paragraph => string.Create(CultureInfo.InvariantCulture, $"turn {turn}, paragraph {paragraph}"),
        RedactionPart.Label => string.Create(CultureInfo.InvariantCulture, $"turn {turn}, label"),
        RedactionPart.Preface => string.Create(CultureInfo.InvariantCulture, $"preface, paragraph {paragraph}"),
        RedactionPart.Field => $"field {key}",
        RedactionPart.Url => "address",
        _ => part.ToString().ToLowerInvariant(),
    };

    // Checked in the transcript as given: once redacted, "as [senior administration official], I" matches nothing, yet still tells.
    private static List<ReviewFinding> SelfIdentifications(Transcript transcript, IdentityMatcher matcher)
    {
        var findings = new List<ReviewFinding>();
        void Check(RedactionPart part, int turn, int number, Paragraph paragraph) =>
            findings.AddRange(LeakChecker.Check(paragraph.Text, TextKind.Plain, matcher)
                .Where(f => f.Kind == FindingKind.Review)
                .Select(f => new ReviewFinding(part, turn, number, f)));
        for (var i = 0; i < transcript.Preface.Count; i++)
        {
            Check(RedactionPart.Preface, 0, i + 1, transcript.Preface[i]);
        }
        for (var t = 0; t < transcript.Turns.Count; t++)
        {
            var paragraphs = transcript.Turns[t].Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                Check(RedactionPart.Paragraph, t + 1, p + 1, paragraphs[p]);
            }
        }
        return findings;
    }
}

/// <summary>A self-identification ("as National Security Advisor, I …") at a paragraph, counted as <see cref="RedactionChange"/> counts them.</summary>
public sealed record ReviewFinding(RedactionPart Part, int Turn, int Paragraph, LeakFinding Finding);
