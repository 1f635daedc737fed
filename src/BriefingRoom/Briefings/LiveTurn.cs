using System.Collections.Immutable;

namespace BriefingRoom.Briefings;

/// <summary>
/// A turn as it stands in the live call. <see cref="Id"/> is null for a turn the briefing adds itself (the
/// operator opening a line), which nobody edits.
/// </summary>
public sealed record LiveTurn(int? Id, string Speaker, string? ReporterId, DateTimeOffset StartedAt, ImmutableList<LiveParagraph> Paragraphs);

/// <summary>A paragraph as first typed and the corrections made to it since, in text order and never overlapping.</summary>
public sealed record LiveParagraph(string Text, ImmutableList<TextCorrection> Corrections)
{
    /// <summary>True when the span <paramref name="start"/>..+<paramref name="length"/> touches no earlier correction's span.</summary>
    public bool IsFree(int start, int length) =>
        Corrections.All(c => !(start < c.Start + c.Length && c.Start < start + length));

    /// <summary>The paragraph with one more correction, kept in text order.</summary>
    public LiveParagraph With(TextCorrection correction)
    {
        var at = Corrections.FindIndex(c => c.Start > correction.Start);
        return this with { Corrections = at < 0 ? Corrections.Add(correction) : Corrections.Insert(at, correction) };
    }
}

/// <summary>Characters <see cref="Start"/>..+<see cref="Length"/> of the typed text struck out and <see cref="Replacement"/> put in their place.</summary>
public sealed record TextCorrection(int Start, int Length, string Replacement);
