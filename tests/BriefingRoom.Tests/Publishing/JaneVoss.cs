using BriefingRoom.Protection;
using BriefingRoom.Publishing;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Publishing;

/// <summary>A made-up official, "Jane Voss", whom publishing tests protect, and a request to publish a staff transcript naming her.</summary>
public static class JaneVoss
{
    public const string Label = "JANE VOSS";

    public static ProtectedIdentities Ids { get; } = new(
        [new ProtectedSpeaker("SENIOR ADMINISTRATION OFFICIAL", "senior administration official", ["Jane Voss"], ["Jane", "Voss"])], [], []);

    public static PublicationRequest Request(Transcript staff, string title) => new(
        staff,
        Ids,
        title,
        "press-briefings",
        new DateTimeOffset(2022, 1, 8, 22, 14, 17, TimeSpan.Zero),
        new DateTimeOffset(2022, 1, 8, 22, 14, 18, TimeSpan.Zero),
        "America/New_York",
        1,
        "https://example.gov");

    /// <summary>The record, failing the test with every finding when publishing was blocked.</summary>
    public static PublicRecord Published(PublicationRequest request) => Publisher.Publish(request) switch
    {
        PublicRecord record => record,
        Blocked blocked => throw new Xunit.Sdk.XunitException("blocked:\n" + string.Join('\n', blocked.Findings)),
        var other => throw new Xunit.Sdk.XunitException("unexpected " + other),
    };
}
