using System.Globalization;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats;

/// <summary>
/// Reads the input of writer specs: a transcript in the outline form reader specs expect (<c>title: …</c> head
/// lines, <c>LABEL (role)</c> turns, <c>  ¶ text</c> paragraphs). Text is taken as written, blanks and all; typed
/// inlines are in braces: <c>{em:…}</c>, <c>{strong:…}</c>, <c>{ins:…}</c>, <c>{del:…}</c>, <c>{redacted}</c>,
/// <c>{attr:…}</c>, <c>{note:…}</c>, <c>{note[]:…}</c>, and <c>{br}</c> (hard break). A turn line may end in
/// <c> @ 00:01:05.250</c>, the turn's offset into the call's recording.
/// </summary>
public static class OutlineInput
{
    private static readonly HashSet<string> HeadKeys =
        ["title", "date", "published", "modified", "url", "tags", "dateline", "start", "end", "rules"];

    public static Transcript Parse(string input)
    {
        var metadata = Metadata.None;
        string? dateline = null;
        TimeMark? start = null, end = null;
        var rules = GroundRules.NotStated;
        var turns = new List<Turn>();
        var preface = new List<Paragraph>();
        string? speaker = null;
        var role = SpeakerRole.Unknown;
        TimeSpan? offset = null;
        List<Paragraph>? paragraphs = null;
        void EndTurn()
        {
            if (paragraphs is not null && speaker is not null)
            {
                turns.Add(new Turn(speaker, role, new ValueList<Paragraph>(paragraphs), Offset: offset));
            }
        }
        foreach (var line in input.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }
            if (line.StartsWith("  ¶ ", StringComparison.Ordinal))
            {
                paragraphs!.Add(new Paragraph(new ValueList<Inline>(Inlines(line[4..]))));
                continue;
            }
            if (line == "preface")
            {
                (speaker, paragraphs) = (null, preface);
                continue;
            }
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 || !HeadKeys.Contains(line[..colon]))
            {
                EndTurn();
                var label = line;
                offset = null;
                if (line.LastIndexOf(" @ ", StringComparison.Ordinal) is var at and > 0)
                {
                    offset = TimeSpan.ParseExact(line[(at + 3)..], @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);
                    label = line[..at];
                }
                var open = label.LastIndexOf(" (", StringComparison.Ordinal);
                speaker = label[..open];
                role = Enum.Parse<SpeakerRole>(label[(open + 2)..^1], ignoreCase: true);
                paragraphs = [];
                continue;
            }
            var (key, value) = (line[..colon], line[(colon + 2)..]);
            switch (key)
            {
                case "title": metadata = metadata with { Title = value }; break;
                case "date": metadata = metadata with { Date = DateOnly.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "published": metadata = metadata with { Published = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "modified": metadata = metadata with { Modified = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "url": metadata = metadata with { Url = value }; break;
                case "tags": metadata = metadata with { Tags = new ValueList<string>(value.Split(", ")) }; break;
                case "dateline": dateline = value; break;
                case "start": start = Time(value); break;
                case "end": end = Time(value); break;
                case "rules": rules = Rules(value); break;
                default: throw new FormatException($"unknown outline key '{key}'");
            }
        }
        EndTurn();
        return new Transcript(metadata, dateline, start, end, rules, new ValueList<Turn>(turns), Preface: new ValueList<Paragraph>(preface));
    }

    private static TimeMark Time(string text) => TimeMarks.TryParse(text, out var mark) ? mark : new TimeMark(text, null, null);

    private static GroundRules Rules(string value)
    {
        var parts = value.Split("; ");
        var rules = new GroundRules(Enum.Parse<AttributionLevel>(parts[0]));
        foreach (var part in parts.Skip(1))
        {
            if (part.StartsWith("attributed to ", StringComparison.Ordinal))
            {
                rules = rules with { AttributedTo = [.. rules.AttributedTo, part["attributed to ".Length..].Trim('"')] };
            }
            else if (part.StartsWith("embargo ", StringComparison.Ordinal))
            {
                rules = rules with { Embargo = part["embargo ".Length..].Trim('"') };
            }
            else
            {
                rules = rules with { DisclosedForInformation = part == "disclosed for information" };
            }
        }
        return rules;
    }

    /// <summary>Text runs as written and typed inlines from braces, emphasis nesting.</summary>
    public static List<Inline> Inlines(string text)
    {
        var result = new List<Inline>();
        var runStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '{')
            {
                i++;
                continue;
            }
            if (i > runStart)
            {
                result.Add(new TextRun(text[runStart..i]));
            }
            var close = MatchingBrace(text, i);
            result.Add(Typed(text[(i + 1)..close]));
            i = runStart = close + 1;
        }
        if (runStart < text.Length)
        {
            result.Add(new TextRun(text[runStart..]));
        }
        return result;
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }
        throw new FormatException($"unclosed brace in '{text}'");
    }

    private static Inline Typed(string spec)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var (kind, body) = colon < 0 ? (spec, "") : (spec[..colon], spec[(colon + 1)..]);
        return kind switch
        {
            "em" => new Emphasis(new ValueList<Inline>(Inlines(body))),
            "strong" => new Emphasis(new ValueList<Inline>(Inlines(body)), Strong: true),
            "ins" => new Insertion(body),
            "del" => new Deletion(body),
            "redacted" => colon < 0 ? new Redaction() : new Redaction(body),
            "attr" => new AttributionPlaceholder(body),
            "note" => new Note(body),
            "note[]" => new Note(body, Square: true),
            "br" => new LineBreak(),
            _ => throw new FormatException($"unknown inline '{{{spec}}}'"),
        };
    }
}
