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

    /// <summary>Aliases that are everyday words ("Rice", "Will", "Burns", "Doe": its plural "does"), and an acronym-style `exact-case` one.</summary>
    public static ProtectedSpeaker Ambassador { get; } = new(
        "SENIOR STATE DEPARTMENT OFFICIAL", "senior state department official", ["Susan Rice"], ["Rice", "BUSH"]) { ExactCase = ["BUSH"] };

    public static ProtectedSpeaker Director { get; } = new(
        "SENIOR STATE DEPARTMENT OFFICIAL TWO", "senior state department official", ["William Burns"], ["Will", "Burns"]);

    public static ProtectedSpeaker Witness { get; } = new(
        "SENIOR STATE DEPARTMENT OFFICIAL THREE", "senior state department official", ["Jane Doe"], ["Doe"]);

    public static ProtectedIdentities Identities { get; } = new([Official, Moderator, Deputy, Ambassador, Director, Witness], ["Jake Tapper"], ["Situation Room"]);

    public static IdentityMatcher Matcher { get; } = IdentityMatcher.Build(Identities);
}
