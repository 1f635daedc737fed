using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

/// <summary>
/// A planned speaker: <see cref="Key"/> is the short stable id turns refer to ("s1"), <see cref="Label"/> the
/// attribution their remarks go under ("SENIOR ADMINISTRATION OFFICIAL"), <see cref="Aliases"/> other ways they are called.
/// </summary>
public sealed record PlanSpeaker(string Key, string Name, ValueList<string> Aliases, string Label)
{
    /// <summary>The aliases a name suggests: its first and last word, which people are called by ("Thanks, Jake").</summary>
    public static ValueList<string> SuggestedAliases(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length < 2 ? [] : [words[0], words[^1]];
    }
}
