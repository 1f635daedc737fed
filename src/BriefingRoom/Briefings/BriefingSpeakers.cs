namespace BriefingRoom.Briefings;

/// <summary>The speakers of a turn that are roles rather than plan speakers.</summary>
public static class BriefingSpeakers
{
    public const string Moderator = "moderator";
    public const string Operator = "operator";
    public const string Reporter = "reporter";
}
