using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>A speaker label as printed before a turn's first words: <c>MODERATOR:</c>, but a reporter's bare <c>Q</c>.</summary>
public static class SpeakerText
{
    public static bool IsQuestion(string label) => label == "Q";

    public static string Label(string label)
    {
        var shown = InlineText.Flatten(label);
        return IsQuestion(shown) ? shown : shown + ":";
    }
}
