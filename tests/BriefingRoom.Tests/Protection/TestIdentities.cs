using BriefingRoom.Protection;

namespace BriefingRoom.Tests.Protection;

/// <summary>The protected identities every leak spec is checked against (the example, plus a second official).</summary>
public static class TestIdentities
{
    public static ProtectedSpeaker Official { get; } = new(
        "SENIOR ADMINISTRATION OFFICIAL",
        "senior administration official",
        ["Jacob Jeremiah Sullivan"],
        ["Jake Sullivan", "Jake", "Sullivan", "jake.sullivan@nsc.eop.gov", "@jakesullivan", "National Security Advisor"]);

    public static ProtectedSpeaker Moderator { get; } = new(
        "MODERATOR", "senior administration official", ["Morgan Reyes"], ["Morgan"]);

    public static ProtectedSpeaker Deputy { get; } = new(
        "SENIOR ADMINISTRATION OFFICIAL TWO", "senior administration official", ["Renée Okonkwo-Adeyemi"], ["Deputy Secretary", "Okonkwo"]);

    public static ProtectedIdentities Identities { get; } = new([Official, Moderator, Deputy], ["Jake Tapper"], ["Situation Room"]);

    public static IdentityMatcher Matcher { get; } = IdentityMatcher.Build(Identities);
}
