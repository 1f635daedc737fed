using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>Ground rules in words, for the banner and preface the HTML and Akoma Ntoso writers show readers.</summary>
public static class GroundRulesText
{
    public const string Disclosed = "Identified to reporters for their information only, not for attribution";

    public static string Level(AttributionLevel level) => level switch
    {
        AttributionLevel.OnRecord => "On the record",
        AttributionLevel.Background => "On background",
        AttributionLevel.DeepBackground => "On deep background",
        AttributionLevel.OffRecord => "Off the record",
        _ => "Not stated",
    };

    /// <summary>Labels as said in a sentence: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    public static string Labels(IReadOnlyList<string> labels) => labels.Count switch
    {
        0 => "",
        1 => labels[0],
        _ => $"{string.Join(", ", labels.Take(labels.Count - 1))} and {labels[^1]}",
    };

    /// <summary>One sentence: <c>On background; attributed to “…”; embargo: …; speaker identified … only.</c></summary>
    public static string Summary(GroundRules rules)
    {
        var sb = new StringBuilder(Level(rules.Attribution));
        if (rules.Change is { } change)
        {
            sb.Append("; the questions ").Append(char.ToLowerInvariant(Level(change.Attribution)[0])).Append(Level(change.Attribution), 1, Level(change.Attribution).Length - 1);
        }
        if (rules.AttributedTo.Count > 0)
        {
            sb.Append("; attributed to ").Append(Labels(rules.AttributedTo.Select(l => $"\u201c{l}\u201d").ToList()));
        }
        if (rules.Embargo is not null)
        {
            sb.Append("; embargo: ").Append(rules.Embargo);
        }
        if (rules.DisclosedForInformation)
        {
            sb.Append("; speaker ").Append(char.ToLowerInvariant(Disclosed[0])).Append(Disclosed, 1, Disclosed.Length - 1);
        }
        return sb.Append('.').ToString();
    }
}
