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

    /// <summary>One sentence: <c>On background; attributed to “…”; embargo: …; speaker identified … only.</c></summary>
    public static string Summary(GroundRules rules)
    {
        var sb = new StringBuilder(Level(rules.Attribution));
        if (rules.AttributedTo is not null)
        {
            sb.Append("; attributed to \u201c").Append(rules.AttributedTo).Append('\u201d');
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
