using BriefingRoom.Transcripts;

namespace BriefingRoom.Publishing;

/// <summary>The feed summary of a transcript: the first sentence or two the official speaks.</summary>
internal static class OpeningSentences
{
    // One short sentence ("Great.") says nothing, so a second follows it when the first is shorter than this.
    private const int Enough = 80;
    private const int MaxLength = 300;

    public static string Of(Transcript t)
    {
        var turn = t.Turns.FirstOrDefault(x => x.Role == SpeakerRole.Official) ?? (t.Turns.Count > 0 ? t.Turns[0] : null);
        var text = turn?.Paragraphs.Select(p => p.Text.Replace('\n', ' ')).FirstOrDefault(s => s.Length > 0) ?? "";
        var end = SentenceEnd(text, 0);
        if (end < Enough && end < text.Length)
        {
            end = SentenceEnd(text, end + 1);
        }
        return Capped(text[..end].Trim());
    }

    /// <summary>Just past the first sentence end at or after <paramref name="from"/>: ". ? !" and closing quotes, then a space.</summary>
    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '?' or '!'))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\u201d' or '\u2019' or ')')
            {
                end++;
            }
            if (end == text.Length || text[end] == ' ')
            {
                return end;
            }
        }
        return text.Length;
    }

    private static string Capped(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }
        var space = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(space > 0 ? space : MaxLength - 1)] + "\u2026";
    }
}
