using System.Collections.Frozen;
using System.Text.Json;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>
/// The words readers see for the project's vocabulary (kinds, attribution levels, speaker roles): "Background press
/// call" for <c>background-press-call</c>. The archive, search and the public pages all label values here.
/// </summary>
public static class VocabularyLabels
{
    private static readonly FrozenDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["background-press-call"] = "Background press call",
        ["press-briefing"] = "Press briefing",
        ["gaggle"] = "Press gaggle",
        ["on-the-record-call"] = "On-the-record call",
        ["press-call"] = "Press call",
        ["other"] = "Other",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["moderator"] = "Moderator",
        ["official"] = "Official",
        ["reporter"] = "Reporter",
        ["operator"] = "Operator",
        ["named"] = "Named speaker",
        ["unknown"] = "Speaker",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A kind of briefing (<see cref="TranscriptKinds"/>).</summary>
    public static string Kind(string kind) => Kinds.TryGetValue(kind, out var label) ? label : Words(kind);

    /// <summary>An attribution level by its wire name (<c>deep-background</c>), in the ground-rules banner's words.</summary>
    public static string Attribution(string level)
    {
        foreach (var a in Enum.GetValues<AttributionLevel>())
        {
            if (WireName(a) == level)
            {
                return GroundRulesText.Level(a);
            }
        }
        return Words(level);
    }

    /// <summary>A speaker's role (<c>named</c> → "Named speaker").</summary>
    public static string Role(string role) => Roles.TryGetValue(role, out var label) ? label : Words(role);

    /// <summary>Whether a role badge would only say again what the speaker's label says ("MODERATOR", "SENIOR ADMINISTRATION OFFICIAL").</summary>
    public static bool SpeakerSaysRole(string? speaker, string role) =>
        speaker is not null && Role(role).Split(' ').All(word => speaker.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The wire name of an attribution level, as the archive files it.</summary>
    public static string WireName(AttributionLevel level) => JsonNamingPolicy.KebabCaseLower.ConvertName(level.ToString());

    // A value not in the vocabulary (a kind from a newer import) still reads as words, not as a slug.
    private static string Words(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var words = value.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
