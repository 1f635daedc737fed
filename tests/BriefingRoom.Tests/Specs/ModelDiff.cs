using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Specs;

/// <summary>Names the first place two transcripts differ, so a failed round trip says what changed.</summary>
public static class ModelDiff
{
    public static string? First(Transcript expected, Transcript actual)
    {
        if (expected.Metadata != actual.Metadata)
        {
            return $"metadata:\n  expected {expected.Metadata}\n  actual   {actual.Metadata}";
        }
        if (expected.Dateline != actual.Dateline || expected.Start != actual.Start || expected.End != actual.End)
        {
            return $"head:\n  expected {expected.Dateline} | {expected.Start} | {expected.End}\n  actual   {actual.Dateline} | {actual.Start} | {actual.End}";
        }
        if (expected.Layout != actual.Layout || expected.GroundRules != actual.GroundRules)
        {
            return $"layout or rules:\n  expected {expected.Layout} {expected.GroundRules}\n  actual   {actual.Layout} {actual.GroundRules}";
        }
        for (var t = 0; t < Math.Min(expected.Turns.Count, actual.Turns.Count); t++)
        {
            var (e, a) = (expected.Turns[t], actual.Turns[t]);
            if (e.Speaker != a.Speaker || e.Role != a.Role || e.Separator != a.Separator)
            {
                return $"turn {t} label: expected {e.Speaker}/{e.Role}/{e.Separator}, actual {a.Speaker}/{a.Role}/{a.Separator}";
            }
            for (var p = 0; p < Math.Min(e.Paragraphs.Count, a.Paragraphs.Count); p++)
            {
                if (e.Paragraphs[p] != a.Paragraphs[p])
                {
                    return $"turn {t} ({e.Speaker}) paragraph {p}:\n  expected {Outline.Inlines(e.Paragraphs[p].Inlines)} {e.Paragraphs[p].After} {e.Paragraphs[p].Lines}\n" +
                           $"  actual   {Outline.Inlines(a.Paragraphs[p].Inlines)} {a.Paragraphs[p].After} {a.Paragraphs[p].Lines}\n" +
                           $"  expected inlines {e.Paragraphs[p].Inlines}\n  actual inlines   {a.Paragraphs[p].Inlines}";
                }
            }
            if (e.Paragraphs.Count != a.Paragraphs.Count)
            {
                return $"turn {t} ({e.Speaker}): expected {e.Paragraphs.Count} paragraphs, actual {a.Paragraphs.Count}";
            }
        }
        return expected.Turns.Count != actual.Turns.Count
            ? $"expected {expected.Turns.Count} turns, actual {actual.Turns.Count}"
            : null;
    }
}
