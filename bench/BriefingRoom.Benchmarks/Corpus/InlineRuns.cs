using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>How the generators build a paragraph: text gathers in a builder and closes as one run before any other inline.</summary>
internal static class InlineRuns
{
    public static void Add(List<Inline> inlines, StringBuilder text, Inline inline)
    {
        inlines.Add(new TextRun(text.ToString()));
        text.Clear();
        inlines.Add(inline);
    }

    /// <summary>The generators' stock correction: "We will <c>&lt;s&gt;not&lt;/s&gt;</c> [now] say that ".</summary>
    public static void StruckOutNot(List<Inline> inlines, StringBuilder text)
    {
        Add(inlines, text.Append("We will "), new Deletion("not"));
        text.Append(" [now] say that ");
    }
}
