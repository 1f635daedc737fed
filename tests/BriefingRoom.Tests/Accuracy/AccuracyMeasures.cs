using System.Text;

namespace BriefingRoom.Tests.Accuracy;

/// <summary>The five things a document can have exactly right; each names what it compares.</summary>
public enum AccuracyMeasure
{
    Turns,
    Title,
    Dateline,
    Start,
    GroundRules,
}

/// <summary>
/// Compares a reading with its annotation, one measure at a time. Blanks of any kind (no-break spaces too)
/// count as one space everywhere: the annotation is of words, not of the page's spacing.
/// </summary>
public static class AccuracyMeasures
{
    /// <summary>Null when right, else a short account of what was read instead.</summary>
    public static string? Miss(AccuracyMeasure measure, AccuracyExpectation expected, AccuracyReading read) => measure switch
    {
        AccuracyMeasure.Turns => TurnsMiss(expected.Turns, read.Labels),
        AccuracyMeasure.Title => Collapse(expected.Title) == Collapse(read.Title) ? null : $"read {Show(read.Title)}",
        AccuracyMeasure.Dateline => DatelineRight(expected.Dateline, read.Dateline) ? null : $"read {Show(read.Dateline is null ? null : string.Join(" / ", read.Dateline))}",
        AccuracyMeasure.Start => StartRight(expected.Start, read) ? null : $"read {Show(read.StartText)}",
        AccuracyMeasure.GroundRules => RulesMiss(expected, read),
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    /// <summary>Every labelled turn, in order, with the label as printed; nothing more.</summary>
    private static string? TurnsMiss(IReadOnlyList<string> expected, IReadOnlyList<string> read)
    {
        var labels = read.Select(l => Collapse(l)!).ToList();
        if (labels.SequenceEqual(expected, StringComparer.Ordinal))
        {
            return null;
        }
        var at = 0;
        while (at < expected.Count && at < labels.Count && expected[at] == labels[at])
        {
            at++;
        }
        return $"{labels.Count} labels for {expected.Count}; first difference at #{at + 1}: expected {Show(expected.ElementAtOrDefault(at))}, read {Show(labels.ElementAtOrDefault(at))}";
    }

    /// <summary>Lines kept apart or joined by a space both count: what matters is that no word is lost or added.</summary>
    private static bool DatelineRight(IReadOnlyList<string>? expected, IReadOnlyList<string>? read)
    {
        if (expected is null || read is null)
        {
            return expected is null && read is null;
        }
        var lines = read.Select(l => Collapse(l)!).Where(l => l.Length > 0).ToList();
        return lines.SequenceEqual(expected, StringComparer.Ordinal)
            || string.Join(" ", lines) == string.Join(" ", expected);
    }

    /// <summary>The time as printed; a time read off a date line ("January 07, 1997 2:35 PM EDT") counts when it was parsed.</summary>
    private static bool StartRight(string? expected, AccuracyReading read)
    {
        var text = Collapse(read.StartText);
        if (expected is null || text is null)
        {
            return expected is null && text is null;
        }
        return text == expected || (read.StartTime is not null && text.Contains(expected, StringComparison.Ordinal));
    }

    private static string? RulesMiss(AccuracyExpectation expected, AccuracyReading read)
    {
        var misses = new List<string>();
        if (expected.Attribution != read.Attribution)
        {
            misses.Add($"attribution {read.Attribution}");
        }
        var wanted = expected.AttributedTo.Select(Label).Order(StringComparer.Ordinal);
        var got = read.AttributedTo.Select(Label).Order(StringComparer.Ordinal).ToList();
        if (!wanted.SequenceEqual(got, StringComparer.Ordinal))
        {
            misses.Add($"attributed to {Show(got.Count == 0 ? null : string.Join(" + ", got))}");
        }
        if (!EmbargoRight(expected.Embargo, read.Embargo))
        {
            misses.Add($"embargo {Show(read.Embargo)}");
        }
        return misses.Count == 0 ? null : "read " + string.Join(", ", misses);
    }

    /// <summary>The reader may keep the whole clause or stop after the time ("until 2:00 p.m."); it may not invent one.</summary>
    private static bool EmbargoRight(string? expected, string? read)
    {
        var want = Collapse(expected)?.ToLowerInvariant();
        var got = Collapse(read)?.ToLowerInvariant().TrimEnd('.', ',', ';');
        if (want is null || got is null)
        {
            return want is null && got is null;
        }
        return got.Contains(want, StringComparison.Ordinal)
            || (want.StartsWith(got, StringComparison.Ordinal) && got.Split(' ').Length >= 2);
    }

    /// <summary>"a senior administration official", "Senior Administration Officials" and the singular are one label.</summary>
    private static string Label(string label)
    {
        var l = Collapse(label)!.ToLowerInvariant().Trim('"', '\'', '\u201c', '\u201d', '.', ',');
        foreach (var article in new[] { "a ", "an ", "the " })
        {
            if (l.StartsWith(article, StringComparison.Ordinal))
            {
                l = l[article.Length..];
            }
        }
        return l.EndsWith("officials", StringComparison.Ordinal) ? l[..^1] : l;
    }

    /// <summary>Runs of blanks of any kind become one space, ends trimmed; null and blank stay null.</summary>
    public static string? Collapse(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var sb = new StringBuilder(text.Length);
        var blank = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                blank = sb.Length > 0;
                continue;
            }
            if (blank)
            {
                sb.Append(' ');
                blank = false;
            }
            sb.Append(c);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static string Show(string? value) => value is null ? "none" : $"\"{value}\"";
}
