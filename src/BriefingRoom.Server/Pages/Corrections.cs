using System.Globalization;
using BriefingRoom.Briefings;

namespace BriefingRoom.Server.Pages;

/// <summary>The correction form in the stenographer's words: a paragraph reference ("3.2") and the words to strike, found in the text as typed.</summary>
public static class Corrections
{
    public static CommandResult Run(BriefingState state, string? reference, string? strike, string replacement)
    {
        ArgumentNullException.ThrowIfNull(state);
        var parts = (reference ?? "").Split('.');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var turn) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var paragraph))
        {
            return new Rejection("bad-reference", "Give the paragraph reference shown beside it, such as 3.2.");
        }
        var typed = state.Turn(turn) is { } t && paragraph >= 1 && paragraph <= t.Paragraphs.Count ? t.Paragraphs[paragraph - 1].Text : null;
        if (typed is null)
        {
            return new Rejection("unknown-paragraph", $"There is no paragraph {reference}.");
        }
        var words = strike ?? "";
        var start = words.Length == 0 ? typed.Length : typed.IndexOf(words, StringComparison.Ordinal);
        if (start < 0)
        {
            return new Rejection("words-not-found", $"Paragraph {reference} does not contain \u201c{words}\u201d as typed.");
        }
        return BriefingCommands.Correct(state, turn, paragraph, start, words.Length, replacement.Trim());
    }
}
