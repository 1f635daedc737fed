namespace BriefingRoom.Transcripts;

/// <summary>Which front-matter keys a transcript's source used: the live site's or the archive site's.</summary>
public enum FrontMatterStyle
{
    /// <summary><c>category</c> and <c>permalink</c>, as the live briefing room publishes.</summary>
    Live,

    /// <summary><c>tags</c> and <c>source_url</c>, as the archived sites of earlier administrations publish.</summary>
    Archive,
}

/// <summary>A front-matter key the model has no field for, kept with its scalar value.</summary>
public sealed record ExtraField(string Key, string Value);

/// <summary>What a transcript says about itself: title, dates, where it was published and how it is filed.</summary>
public sealed record Metadata(
    string? Title = null,
    DateOnly? Date = null,
    DateTimeOffset? Published = null,
    DateTimeOffset? Modified = null,
    string? Url = null,
    ValueList<string> Tags = default,
    FrontMatterStyle Style = FrontMatterStyle.Live,
    ValueList<ExtraField> Extra = default)
{
    public static Metadata None { get; } = new();
}
