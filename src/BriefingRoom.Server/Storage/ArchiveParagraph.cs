namespace BriefingRoom.Server.Storage;

/// <summary>One paragraph of an archived transcript: the unit search finds and links to.</summary>
public sealed class ArchiveParagraph
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    /// <summary>0-based turn and paragraph within the turn, for order and the questions-and-answers view.</summary>
    public int Turn { get; set; }

    public int Number { get; set; }

    /// <summary>The paragraph's link target (<c>p-3f9a1c2e</c>): made from its own words, so correcting another paragraph never moves it.</summary>
    public required string Anchor { get; set; }

    public string? Speaker { get; set; }

    /// <summary>The speaker's role: moderator, official, reporter, operator, named, unknown.</summary>
    public required string Role { get; set; }

    public required string Text { get; set; }

    /// <summary>The text as the index sees it (<c>SearchText.Normalise</c>): folded words, one space apart; the same on both engines.</summary>
    public required string Folded { get; set; }
}
